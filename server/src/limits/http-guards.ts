/**
 * HTTP-side protection: timeouts that cut slow-loris clients (headers or bodies trickled in to hold
 * connections open), and the per-IP sign-up limit on accepting agent invitations.
 */
import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Rate } from '../config.js';
import { ParleyError } from '../errors.js';
import type { RateLimiter } from './rate-limiter.js';

/** Headers must arrive within this; a whole request (a 5 MB image on a slow phone) within the next. */
export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 60_000;
/** Idle keep-alive connections are closed after this (load balancers reuse theirs sooner). */
export const KEEP_ALIVE_TIMEOUT_MS = 10_000;

export function applyServerTimeouts(server: Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Node checks the two timeouts above on this period (default 30 s): check often enough to matter.
  (server as Server & { connectionsCheckingInterval?: number }).connectionsCheckingInterval = 2_000;
}

/** Routes whose every call creates an account: counted per IP over a long window. */
const SIGNUP_ROUTES = new Set(['POST /api/auth/invites/accept']);

export function registerSignupLimit(app: FastifyInstance, limiter: RateLimiter, rate: Rate | null): void {
  if (!rate) return;
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((m) => SIGNUP_ROUTES.has(`${m} ${route.url}`))) return;
    const hook = async (request: { ip: string }) => {
      const verdict = await limiter.hit([{ scope: 'signup-ip', subject: request.ip, rate }]);
      if (!verdict.allowed) {
        throw new ParleyError('RATE_LIMITED', `Too many sign-ups from your network; try again in ${Math.ceil(verdict.retryAfterMs / 60_000)} min`, { retryAfterMs: verdict.retryAfterMs });
      }
    };
    route.preHandler = [...(Array.isArray(route.preHandler) ? route.preHandler : route.preHandler ? [route.preHandler] : []), hook];
  });
}
