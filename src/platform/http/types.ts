import type { VNode } from 'preact';
import type { SessionUser } from '../auth/sessions.ts';
import type { ErrorCode, Locale } from '../i18n/index.ts';
import type { Flash } from '../ui/context.ts';
import type { DownloadOptions } from './download.ts';
import type { MultipartOptions } from './multipart.ts';

/** A document to download and keep (a report): one HTML file with its styles, no site navigation. */
export interface DocumentOptions {
  title: string;
  body: VNode;
  /** The file's name when saved, e.g. inclusio-report-2026.html. */
  filename: string;
}

export interface PageOptions {
  title: string;
  body: VNode;
  /** A 4xx page whose form shows its errors again gets a title that says so first (WCAG 3.3.1). */
  status?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    user: SessionUser | null;
  }
  interface FastifyReply {
    page(opts: PageOptions): FastifyReply;
    document(opts: DocumentOptions): FastifyReply;
    flash(f: Flash): FastifyReply;
    /** 303 to a page in the request's language: `reply.see('/account')` → /fr/account. */
    see(path: string): FastifyReply;
    /** Names the file the answer is saved as (Content-Disposition), and its type when given. */
    saveAs(filename: string, opts?: DownloadOptions): FastifyReply;
    /** A CSV file, streamed: a header line, then the rows (see csvStream). */
    csv(
      filename: string,
      header: readonly string[],
      rows:
        | Iterable<readonly unknown[] | Readonly<Record<string, unknown>>>
        | AsyncIterable<readonly unknown[] | Readonly<Record<string, unknown>>>,
    ): FastifyReply;
  }
  interface FastifyInstance {
    /** The error page as a whole HTML document, for answers written outside a request (see answerClientError). */
    errorDocument(locale: Locale, status: number, code: ErrorCode): string;
  }
  interface FastifyContextConfig {
    /** Static files and probes need no session lookup. */
    skipSession?: boolean;
    /** The route takes a form with files; any other route refuses multipart bodies (see multipart.ts). */
    multipart?: MultipartOptions;
  }
}
