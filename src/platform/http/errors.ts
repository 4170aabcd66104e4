import type { ErrorCode, Params } from '../i18n/index.ts';

/**
 * An error the user can act on: a stable code (mapped to a message in each language), an HTTP status,
 * and optionally the form fields it concerns.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly fields?: Partial<Record<string, ErrorCode>>,
    /** What the message needs to say, such as the length limit of `too_long`. */
    readonly params?: Params,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const unauthenticated = () => new AppError('auth.required', 401);
export const forbidden = () => new AppError('forbidden', 403);
export const notFound = () => new AppError('not_found', 404);
