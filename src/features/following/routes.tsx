import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../platform/auth/authorize.ts';
import { notFound } from '../../platform/http/errors.ts';
import { tickedList } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import { FollowingPage } from './pages.tsx';
import type { FollowingService } from './service.ts';

const followingSchema = z.object({
  obstacles: tickedList(z.uuid('invalid')),
  commitments: tickedList(z.enum(COMMITMENT_CODES, 'invalid')),
});
const toggleSchema = z.object({ on: z.enum(['1', '0'], 'invalid') });

export function followingPages(app: FastifyInstance, svc: FollowingService, obstacles: ObstaclesService) {
  const render = async (req: FastifyRequest, reply: FastifyReply, form: FormState | null, status: number) => {
    requireUser(req.user);
    const mine = await svc.mine(req.user);
    return reply.page({
      title: translator(req.locale)('follow.title'),
      status,
      body: (
        <FollowingPage
          obstacles={await obstacles.list()}
          form={
            form ??
            emptyForm({ obstacles: mine?.obstacles.join(','), commitments: mine?.commitments.join(',') })
          }
        />
      ),
    });
  };
  app.get('/following', (req, reply) => render(req, reply, null, 200));
  app.post('/following', async (req, reply) => {
    requireUser(req.user);
    return submitForm(
      req,
      followingSchema,
      (form, status) => render(req, reply, form, status),
      async (d) => {
        await svc.save(req.user, d.obstacles, d.commitments);
        return reply.flash({ kind: 'success', key: 'follow.saved' }).see('/following');
      },
    );
  });

  /** The button on an obstacle's page. */
  app.post<{ Params: { id: string } }>('/following/obstacles/:id', async (req, reply) => {
    const id = idParam(req.params.id);
    const { on } = parseOr400(toggleSchema, req.body);
    if (!(await svc.set(req.user, 'obstacle', id, on === '1'))) throw notFound();
    const o = (await obstacles.list()).find((x) => x.id === id);
    return reply
      .flash({ kind: 'success', key: on === '1' ? 'follow.followed' : 'follow.unfollowed' })
      .see(`/obstacles/${o?.slug ?? ''}`);
  });
}
