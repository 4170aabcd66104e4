import { pipeline, Readable } from 'node:stream';
import { create as contentDisposition } from 'content-disposition';
import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface DownloadOptions {
  /** The content type, when the route does not set it itself. */
  type?: string;
  /** Shown in the browser (a receipt) rather than saved. */
  inline?: boolean;
}

type Row = readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * One CSV writer for every export: a header line, then one line per row, streamed as the rows come. A row is
 * an array in the header's order, or an object read by the header's names (a list becomes one cell, its
 * items separated by spaces).
 */
export function csvStream(header: readonly string[], rows: Iterable<Row> | AsyncIterable<Row>): Readable {
  const cell = (v: unknown) => (Array.isArray(v) ? v.join(' ') : v);
  async function* lines() {
    yield [...header];
    for await (const r of rows)
      yield Array.isArray(r) ? r.map(cell) : header.map((h) => cell((r as Record<string, unknown>)[h]));
  }
  // A failure half-way ends the download; the error reaches the response, which is cut short, never silent.
  return pipeline(Readable.from(lines()), stringify(), () => {});
}

/**
 * A JSON document streamed as its items come: `open`, each item as JSON with commas between, then `close`
 * (a bare array by default; a GeoJSON FeatureCollection passes its own head and tail).
 */
export function jsonStream(
  items: Iterable<unknown> | AsyncIterable<unknown>,
  open = '[',
  close = ']',
): Readable {
  async function* parts() {
    yield open;
    let first = true;
    for await (const item of items) {
      yield `${first ? '' : ','}\n${JSON.stringify(item)}`;
      first = false;
    }
    yield `\n${close}\n`;
  }
  return Readable.from(parts());
}

/**
 * Every row of a paged service call. The first page is asked for at once, so that its authorization check
 * refuses the request before anything is sent; the next pages are read as the download goes.
 */
export async function allRows<R>(
  fetch: (page: number) => Promise<{ rows: R[]; total: number }>,
  pageSize: number,
): Promise<AsyncIterable<R>> {
  const first = await fetch(1);
  return (async function* () {
    yield* first.rows;
    for (let page = 2; (page - 1) * pageSize < first.total; page++) yield* (await fetch(page)).rows;
  })();
}

export async function* mapRows<A, B>(rows: AsyncIterable<A>, f: (a: A) => B): AsyncIterable<B> {
  for await (const r of rows) yield f(r);
}

export function registerDownloads(app: FastifyInstance) {
  // Content-Disposition per RFC 6266, with an ASCII fallback and the UTF-8 name (RFC 8187).
  app.decorateReply('saveAs', function (this: FastifyReply, filename: string, opts: DownloadOptions = {}) {
    if (opts.type) this.header('content-type', opts.type);
    // The ASCII name, for old clients, replaces what it cannot hold with "_": "?" is not allowed in file names.
    const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
    const type = opts.inline ? 'inline' : 'attachment';
    return this.header('content-disposition', contentDisposition(filename, { type, fallback }));
  });
  app.decorateReply(
    'csv',
    function (
      this: FastifyReply,
      filename: string,
      header: readonly string[],
      rows: Iterable<Row> | AsyncIterable<Row>,
    ) {
      return this.saveAs(filename, { type: 'text/csv; charset=utf-8' }).send(csvStream(header, rows));
    },
  );
}
