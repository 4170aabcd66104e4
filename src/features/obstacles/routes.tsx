import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/authorize.ts';
import { editorRoutes } from '../../platform/http/editor.ts';
import { notFound } from '../../platform/http/errors.ts';
import { localizedValues } from '../../platform/http/fields.ts';
import { pickLocalized, translator } from '../../platform/i18n/index.ts';
import type { JointActionStatus } from '../joint-actions/schema.ts';
import { obstacleSchema } from './fields.ts';
import { ObstacleFormPage, ObstaclePage, ObstaclesPage } from './pages.tsx';
import type { ObstaclesService } from './service.ts';

/** What addresses an obstacle, from the features that tag their work with it. */
export interface AddressedBy {
  practices: (obstacleId: string) => Promise<{
    total: number;
    rows: { id: string; title: string; lang: string; organisationName: string }[];
  }>;
  jointActions: (obstacleId: string) => Promise<{
    total: number;
    rows: { id: string; title: string; status: JointActionStatus; organisationName: string }[];
  }>;
}

/** Whether the signed-in person follows the obstacle (null when nobody is signed in). */
export type IsFollowing = (actor: Actor, obstacleId: string) => Promise<boolean | null>;

export function obstaclePages(
  app: FastifyInstance,
  svc: ObstaclesService,
  addressedBy: AddressedBy,
  isFollowing: IsFollowing,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  app.get('/obstacles', async (req, reply) =>
    reply.page({
      title: t(req)('obstacle.title'),
      body: <ObstaclesPage rows={await svc.list()} isAdmin={req.user?.role === 'admin'} />,
    }),
  );
  app.get<{ Params: { slug: string } }>('/obstacles/:slug', async (req, reply) => {
    const { slug } = req.params;
    if (!/^[a-z0-9-]{1,60}$/.test(slug)) throw notFound();
    const o = await svc.bySlug(slug);
    const [practices, jointActions, following] = await Promise.all([
      addressedBy.practices(o.id),
      addressedBy.jointActions(o.id),
      isFollowing(req.user, o.id),
    ]);
    return reply.page({
      title: pickLocalized(o.name, req.locale)?.text ?? slug,
      body: (
        <ObstaclePage
          o={o}
          isAdmin={req.user?.role === 'admin'}
          practices={practices}
          jointActions={jointActions}
          following={following}
        />
      ),
    });
  });
  editorRoutes(app, {
    base: '/admin/obstacles',
    schema: obstacleSchema,
    saved: 'obstacle.saved',
    guard: (req) => svc.requireSecretariat(req.user),
    load: (req, id) => svc.get(req.user, id),
    values: (o) => ({
      slug: o.slug,
      ...localizedValues('name', o.name),
      ...localizedValues('description', o.description),
    }),
    render: (req, reply, form, status, o) =>
      reply.page({
        title: t(req)(o ? 'obstacle.edit' : 'obstacle.new'),
        status,
        body: <ObstacleFormPage form={form} obstacle={o} />,
      }),
    create: async (req, data) => `/obstacles/${(await svc.create(req.user, data)).slug}`,
    update: async (req, o, data) => {
      await svc.update(req.user, o.id, data);
      return `/obstacles/${data.slug}`;
    },
  });
}

/** The catalogue as JSON, in every language. */
export function obstacleApi(app: FastifyInstance, svc: ObstaclesService) {
  app.get('/api/v1/obstacles', async () => ({
    obstacles: (await svc.list()).map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      description: o.description,
    })),
  }));
}
