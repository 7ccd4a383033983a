import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

/** PUBLIC_URL when configured, else the scheme and host this request came in on. */
export function publicBaseUrl(config: Config, request: FastifyRequest): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
