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

/** True when a string anywhere in the value (keys included) holds U+0000, which PostgreSQL text cannot store. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

const NUL_MESSAGE = 'Requests may not contain NUL (U+0000) characters';

/**
 * NUL characters reach no handler: the database would refuse them with an error deep inside a query
 * (a 500 for what is a malformed request). Checked on the URL and on parsed bodies.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00|\u0000/i.test(request.url)) throw new ParleyError('BAD_REQUEST', NUL_MESSAGE);
  });
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.body)) throw new ParleyError('BAD_REQUEST', NUL_MESSAGE);
  });
}

function hasNonFinite(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (depth > 32 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((v) => hasNonFinite(v, depth + 1));
}

/**
 * Schema coercion turns a query value like "1e309" into Infinity, which passes an integer check and
 * then breaks the SQL it reaches. After validation, any non-finite number is a malformed request.
 */
export function registerFiniteNumberGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (hasNonFinite(request.query) || hasNonFinite(request.params) || hasNonFinite(request.body)) {
      throw new ParleyError('VALIDATION', 'Numbers must be finite');
    }
  });
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
