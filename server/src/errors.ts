/**
 * One catalogue of errors with stable codes. Messages of errors below 500 are shown to clients;
 * 5xx details stay in the logs.
 */
export const ERRORS = {
  BAD_REQUEST: { status: 400, message: 'The request is not valid' },
  VALIDATION: { status: 400, message: 'The request does not match the expected schema' },
  UNAUTHENTICATED: { status: 401, message: 'Sign in first' },
  BAD_CREDENTIALS: { status: 401, message: 'Email or password is wrong' },
  BAD_SIGNATURE: { status: 401, message: 'The signature is missing or does not match' },
  FORBIDDEN: { status: 403, message: 'You do not have access to this resource' },
  CSRF: { status: 403, message: 'Missing or invalid CSRF token' },
  NOT_FOUND: { status: 404, message: 'Not found' },
  STORE_NOT_FOUND: { status: 404, message: 'Unknown store' },
  CONVERSATION_NOT_FOUND: { status: 404, message: 'Unknown conversation' },
  CONFLICT: { status: 409, message: 'The resource was changed by someone else' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large' },
  UNPROCESSABLE: { status: 422, message: 'The request cannot be processed' },
  IMPORT_INVALID: { status: 422, message: 'The store directory is not valid' },
  RATE_LIMITED: { status: 429, message: 'Too many requests, slow down' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side' },
  UNAVAILABLE: { status: 503, message: 'The service is not ready' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ParleyError extends Error {
  readonly status: number;
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ERRORS[code].message);
    this.name = 'ParleyError';
    this.status = ERRORS[code].status;
  }

  /** The stable code clients see, e.g. PARLEY_ERR_NOT_FOUND. */
  get publicCode(): string {
    return `PARLEY_ERR_${this.code}`;
  }
}

export const isParleyError = (err: unknown): err is ParleyError => err instanceof ParleyError;
