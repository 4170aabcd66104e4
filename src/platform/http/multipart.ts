import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

/** The largest file any form accepts; each form checks its own, smaller limit in its service. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface Upload {
  filename: string;
  bytes: Buffer;
}

/**
 * Forms with files (multipart/form-data) arrive as plain fields, like any other form: strings, and an
 * Upload for each file chosen. They are flattened before the CSRF check and validation run.
 */
export async function registerMultipart(app: FastifyInstance) {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 3, fields: 100, fieldSize: 100 * 1024, parts: 110 },
    async onFile(part: MultipartFile & { value?: unknown }) {
      const bytes = await part.toBuffer();
      part.value = bytes.length ? ({ filename: part.filename, bytes } satisfies Upload) : undefined;
    },
  });
  app.addHook('preValidation', async (req) => {
    if (!req.isMultipart() || !req.body || typeof req.body !== 'object') return;
    const flat: Record<string, unknown> = {};
    for (const [key, part] of Object.entries(req.body as Record<string, unknown>)) {
      const parts = Array.isArray(part) ? part : [part];
      const values = parts
        .map((p) => (p && typeof p === 'object' && 'value' in p ? p.value : undefined))
        .filter((v) => v !== undefined);
      if (values.length) flat[key] = values.length === 1 ? values[0] : values;
    }
    req.body = flat;
  });
}

export const isUpload = (v: unknown): v is Upload =>
  !!v && typeof v === 'object' && 'bytes' in v && Buffer.isBuffer((v as Upload).bytes);
