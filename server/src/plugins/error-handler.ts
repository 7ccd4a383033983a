/** One error handler and one 404 handler: stable codes, client-safe messages, 5xx details only in logs. */
import type { FastifyInstance } from 'fastify';
import { isParleyError } from '../errors.js';

interface FastifyLikeError extends Error {
  statusCode?: number;
  code?: string;
  validation?: unknown;
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyLikeError, request, reply) => {
    if (isParleyError(error)) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(error.status).send({ error: { code: error.publicCode, message: error.status < 500 ? error.message : 'Something went wrong on our side', ...(error.details ?? {}) } });
    }
    if (error.validation) {
      return reply.status(400).send({ error: { code: 'PARLEY_ERR_VALIDATION', message: error.message } });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(status).send({ error: { code: 'PARLEY_ERR_INTERNAL', message: 'Something went wrong on our side' } });
    }
    const code = status === 429 ? 'PARLEY_ERR_RATE_LIMITED' : status === 413 ? 'PARLEY_ERR_PAYLOAD_TOO_LARGE' : 'PARLEY_ERR_BAD_REQUEST';
    return reply.status(status).send({ error: { code, message: error.message } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'PARLEY_ERR_NOT_FOUND', message: `No route for ${request.method} ${request.url.split('?')[0]}` } });
  });
}
