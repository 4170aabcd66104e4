import type { FastifyInstance } from 'fastify';
import { negotiateLocale, translator } from '../../platform/i18n/index.ts';
import type { RegisterService } from '../register/service.ts';
import { HomePage } from './home-page.tsx';

export function homePages(app: FastifyInstance, register: RegisterService) {
  app.get('/', async (req, reply) =>
    reply.page({
      title: translator(req.locale)('home.title'),
      body: <HomePage counters={await register.counters()} />,
    }),
  );
}

/** `/` sends each visitor to the home page in the language their browser asks for. */
export function rootRedirect(app: FastifyInstance) {
  app.get('/', (req, reply) => {
    reply.header('vary', 'Accept-Language');
    return reply.redirect(`/${negotiateLocale(req.headers['accept-language'])}`, 302);
  });
}
