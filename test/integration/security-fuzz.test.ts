/**
 * Bounded fuzzing of the public inputs: every HTTP route (listed from the app) gets random and
 * malformed paths, query strings, bodies and content types, anonymously and as a signed-in agent; every
 * widget and agent socket event gets random payloads. Seeded, so a failure replays. Asserts that
 * nothing answers 5xx (503 is allowed: "not ready" by design), no socket ack reports an internal error,
 * and the server still answers afterwards.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { buildTestApp, loginAgent, MINI_STORE, testConfig, type TestApp } from '../helpers/app.js';
import { listRoutes } from '../helpers/routes.js';
import { connected } from '../helpers/sockets.js';
import { mulberry32 as prng } from '../../server/src/lib/seeded-random.js';

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20261123);
const HTTP_CASES_PER_ROUTE = 6;
const SOCKET_CASES_PER_EVENT = 25;

const NASTY_STRINGS = [
  '', ' ', '0', '-1', '1e309', 'NaN', 'null', 'undefined', 'true', '[]', '{}', '../../etc/passwd', '%00', '%', '%zz', '\u0000', '\uffff', '\ud800',
  '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '__proto__', 'constructor', 'a'.repeat(5000), '😀'.repeat(300), 'ÿ'.repeat(100), 'مرحبا', '\r\n\r\n',
];

/** encodeURIComponent refuses lone surrogates; a browser would send U+FFFD instead. */
const wellFormed = (v: string) => v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const enc = (v: string) => encodeURIComponent(wellFormed(v));

function randomString(r: () => number): string {
  if (r() < 0.6) return NASTY_STRINGS[Math.floor(r() * NASTY_STRINGS.length)]!;
  const len = Math.floor(r() * 40);
  return Array.from({ length: len }, () => String.fromCharCode(Math.floor(r() * 0x2fff))).join('');
}

function randomValue(r: () => number, depth = 0): unknown {
  const k = r();
  if (depth > 3 || k < 0.25) return randomString(r);
  if (k < 0.35) return Math.floor((r() - 0.5) * 2 ** 60);
  if (k < 0.4) return r() < 0.5 ? null : r() < 0.5;
  if (k < 0.55) return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 6); i > 0; i--) obj[r() < 0.15 ? '__proto__' : randomString(r).slice(0, 20)] = randomValue(r, depth + 1);
  // Keys real handlers read, with wrong types or odd values.
  for (const key of ['text', 'clientId', 'storeId', 'conversationId', 'token', 'afterSeq', 'rating', 'locale', 'status', 'email', 'password']) if (r() < 0.3) obj[key] = randomValue(r, depth + 1);
  return obj;
}

/** Client event names from a protocol interface (`'event:name': (…) => void`). */
function eventNames(file: string, iface: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../../protocol/${file}`, import.meta.url)), 'utf8');
  const block = source.slice(source.indexOf(`export interface ${iface}`));
  const body = block.slice(0, block.indexOf('\n}'));
  return [...body.matchAll(/^\s{2}'([^']+)':/gm)].map((m) => m[1]!);
}

describe('fuzzing public inputs', () => {
  let t: TestApp;
  let base: string;
  let agent: Awaited<ReturnType<typeof loginAgent>>;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Abuse limits off: the point is to reach the handlers with every kind of input.
    const limits = { ...testConfig().limits, socketFlood: null, messagesPerIp: null, conversationsPerIp: null, widgetConnectPerIp: null, maxSocketsPerIp: 100_000 };
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'offline', limits } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await loginAgent(t.app, { storeId: 'mini-store', role: 'admin' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.app.conversations.drain();
    await t.close();
  });

  it('answers random and malformed HTTP requests without a server error', async () => {
    const r = prng(SEED);
    const failures: string[] = [];
    const routes = listRoutes(t.app);
    for (const route of routes) {
      for (let i = 0; i < HTTP_CASES_PER_ROUTE; i++) {
        const url = route.url
          .replace(/\*$/, enc(randomString(r)))
          .replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'storeId' && r() < 0.5 ? 'mini-store' : enc(randomString(r)).slice(0, 300)));
        const query = r() < 0.5 ? `?${enc(randomString(r))}=${enc(randomString(r))}&limit=${enc(randomString(r))}` : '';
        const asAgent = r() < 0.6;
        const kind = r();
        const body = kind < 0.6 ? JSON.stringify(randomValue(r)) : kind < 0.75 ? '{"broken": ' : kind < 0.85 ? randomString(r) : Buffer.from(Array.from({ length: 64 }, () => Math.floor(r() * 256))).toString('latin1');
        const contentType = kind < 0.75 ? 'application/json' : r() < 0.5 ? 'text/plain' : r() < 0.5 ? 'image/png' : 'application/x-www-form-urlencoded';
        const res = await t.app.inject({
          method: route.method as 'POST',
          url: url + query,
          headers: { ...(asAgent ? { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken } : {}), ...(route.method === 'GET' || route.method === 'HEAD' ? {} : { 'content-type': contentType }) },
          ...(route.method === 'GET' || route.method === 'HEAD' ? {} : { payload: body }),
        });
        if (res.statusCode >= 500 && res.statusCode !== 503) failures.push(`${route.method} ${url}${query} [${contentType}] → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  }, 240_000);

  it('answers random socket events without an internal error and stays up', async () => {
    const r = prng(SEED + 1);
    const internal: string[] = [];
    const closedBy: Record<string, number> = {};
    // A fresh session: the HTTP fuzzing above may well have signed the first agent out.
    const socketAgent = await loginAgent(t.app, { storeId: 'mini-store', role: 'admin' });
    const open = async (namespace: '/widget' | '/agents'): Promise<Socket> => {
      const socket = io(`${base}${namespace}`, {
        transports: ['websocket'], reconnection: false, forceNew: true,
        ...(namespace === '/widget' ? { auth: { storeId: 'mini-store' } } : { extraHeaders: { cookie: socketAgent.cookie } }),
      });
      sockets.push(socket);
      socket.on('disconnect', (reason) => (closedBy[reason] = (closedBy[reason] ?? 0) + 1));
      await connected(socket);
      return socket;
    };
    const run = async (namespace: '/widget' | '/agents', events: string[]) => {
      let socket = await open(namespace);
      for (const event of events) {
        let acknowledges = true;
        for (let i = 0; i < SOCKET_CASES_PER_EVENT; i++) {
          // Oversized packets close the connection by design: carry on with a new one.
          if (!socket.connected) socket = await open(namespace);
          const payload = randomValue(r);
          if (!acknowledges) {
            socket.emit(event, payload); // an event without an acknowledgement (typing…)
            continue;
          }
          const res = (await socket.timeout(3_000).emitWithAck(event, payload).catch(() => undefined)) as { ok?: unknown; code?: string } | undefined;
          if (res === undefined && socket.connected) acknowledges = false;
          else if (res?.code === 'PARLEY_ERR_INTERNAL') internal.push(`${event} ${JSON.stringify(payload).slice(0, 200)}`);
        }
      }
    };
    await run('/widget', eventNames('widget-events.ts', 'WidgetClientToServer'));
    await run('/agents', eventNames('agent-events.ts', 'AgentClientToServer'));
    // Malformed handshakes must be refused or accepted, never left hanging or crash the namespace.
    for (let i = 0; i < 20; i++) {
      const odd = io(`${base}/widget`, { auth: randomValue(r) as Record<string, unknown>, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 3_000 });
      sockets.push(odd);
      const outcome = await new Promise<string>((resolve) => {
        odd.once('connect', () => resolve('connected'));
        odd.once('connect_error', () => resolve('refused'));
        // A handshake the server cannot even parse (auth that is not an object) closes the connection.
        odd.io.once('close', () => resolve('closed'));
        setTimeout(() => resolve('no answer'), 5_000);
      });
      expect(outcome).not.toBe('no answer');
    }
    expect(internal).toEqual([]);
    expect(Object.keys(closedBy).filter((reason) => reason !== 'transport close' && reason !== 'io client disconnect')).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await open('/widget');
  }, 240_000);
});
