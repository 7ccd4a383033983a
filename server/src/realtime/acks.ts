import type { FastifyBaseLogger } from 'fastify';
import { isParleyError } from '../errors.js';

type AckFn = (response: Record<string, unknown>) => void;

/**
 * Runs a socket handler and always answers its acknowledgement: `{ok: true, …result}` or
 * `{ok: false, code, error}`, so a client never waits forever on a failed send.
 */
export function withAck<T extends Record<string, unknown>>(log: FastifyBaseLogger, ack: unknown, handler: () => Promise<T>): void {
  const reply: AckFn = typeof ack === 'function' ? (ack as AckFn) : () => undefined;
  handler().then(
    (result) => reply({ ok: true, ...result }),
    (err: unknown) => {
      if (isParleyError(err) && err.status < 500) {
        reply({ ok: false, code: err.publicCode, error: err.message });
        return;
      }
      log.error({ err }, 'socket handler failed');
      reply({ ok: false, code: 'PARLEY_ERR_INTERNAL', error: 'Something went wrong on our side; please retry' });
    },
  );
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
