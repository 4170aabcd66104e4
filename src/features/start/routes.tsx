import type { FastifyInstance } from 'fastify';
import { translator } from '../../platform/i18n/index.ts';
import { StartPage } from './page.tsx';
import type { StartService } from './service.ts';

/** The task list a newcomer lands on after signing in, and finds again from the account page. */
export function startPages(app: FastifyInstance, svc: StartService) {
  app.get('/start', async (req, reply) =>
    reply.page({
      title: translator(req.locale)('start.title'),
      body: <StartPage lists={await svc.tasks(req.user)} />,
    }),
  );
}
