import type { FastifyInstance, FastifyRequest } from 'fastify';
import { localizedValues } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { sitePageSchema, slugParam } from './fields.ts';
import { SitePageForm, SitePageScreen, SitePagesAdmin } from './pages.tsx';
import { SITE_PAGES } from './schema.ts';
import type { SitePagesService } from './service.ts';

type P = { Params: { slug: string } };

/** The footer's pages, public under each language, and the secretariat's form to write them. */
export function sitePagePages(app: FastifyInstance, svc: SitePagesService) {
  const t = (req: FastifyRequest) => translator(req.locale);

  for (const slug of SITE_PAGES) {
    app.get(`/${slug}`, async (req, reply) => {
      const [page, contact] = await Promise.all([
        svc.read(slug),
        slug === 'accessibility' || slug === 'privacy' ? svc.read('contact') : undefined,
      ]);
      return reply.page({
        title: t(req)(`site.${slug}`),
        body: <SitePageScreen page={page} contact={contact} isAdmin={req.user?.role === 'admin'} />,
      });
    });
  }

  app.get('/admin/site-pages', async (req, reply) =>
    reply.page({
      title: t(req)('site.admin_title'),
      body: <SitePagesAdmin pages={await svc.list(req.user)} />,
    }),
  );

  const form = async (req: FastifyRequest<P>, state: FormState | null, status: number) => {
    const slug = slugParam(req.params.slug);
    const page = await svc.get(req.user, slug);
    return {
      title: t(req)('site.edit_title', { page: t(req)(`site.${slug}`) }),
      status,
      body: (
        <SitePageForm
          slug={slug}
          form={state ?? emptyForm(localizedValues('body', page.body))}
          isDefault={page.isDefault}
        />
      ),
    };
  };
  app.get<P>('/admin/site-pages/:slug/edit', async (req, reply) => reply.page(await form(req, null, 200)));
  app.post<P>('/admin/site-pages/:slug/edit', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    svc.requireSecretariat(req.user);
    return submitForm(
      req,
      sitePageSchema,
      async (state, status) => reply.page(await form(req, state, status)),
      async (body) => {
        await svc.save(req.user, slug, body);
        return reply.flash({ kind: 'success', key: 'site.saved' }).see(`/${slug}`);
      },
    );
  });
}
