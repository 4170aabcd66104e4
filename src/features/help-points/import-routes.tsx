import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { submitForm } from '../../platform/http/forms.ts';
import { FileTooLargeError } from '../../platform/http/multipart.ts';
import { idParam } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { IMPORT_MAX_BYTES, type ImportService, importFields } from './import.ts';
import { ImportFormPage, ImportPreviewPage } from './pages/import.tsx';

type P = { Params: { id: string } };

/** The secretariat's CSV import: upload, dry run, apply. */
export function importPages(app: FastifyInstance, imports: ImportService) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const formPage = (req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) => {
    // Only the secretariat sees the form, even empty.
    imports.requireAdmin(req.user);
    return reply.page({ title: t(req)('hpimport.title'), status, body: <ImportFormPage form={form} /> });
  };
  app.get('/admin/help-points/import', (req, reply) => formPage(req, reply, emptyForm()));
  app.post(
    '/admin/help-points/import',
    {
      config: { multipart: { maxFileBytes: IMPORT_MAX_BYTES } },
      errorHandler: async (err: FastifyError, req, reply) => {
        if (!(err instanceof FileTooLargeError)) throw err;
        return formPage(req, reply, { values: {}, errors: { file: 'import.too_large' } }, 413);
      },
    },
    (req, reply) =>
      submitForm(
        req,
        importFields,
        (form, status) => formPage(req, reply, form, status),
        async (d) => {
          const imp = await imports.upload(req.user, d);
          return reply.see(`/admin/help-points/import/${imp.id}`);
        },
      ),
  );
  app.get<P>('/admin/help-points/import/:id', async (req, reply) => {
    const v = await imports.preview(req.user, idParam(req.params.id));
    return reply.page({
      title: t(req)('hpimport.preview_title', { file: v.import.filename }),
      body: <ImportPreviewPage import={v.import} rows={v.rows} counts={v.counts} />,
    });
  });
  app.post<P>('/admin/help-points/import/:id/apply', async (req, reply) => {
    const c = await imports.apply(req.user, idParam(req.params.id));
    return reply
      .flash({
        kind: 'success',
        key: 'hpimport.done',
        params: { added: c.added, changed: c.changed },
        at: 'reports',
      })
      .see('/admin/help-points');
  });
}
