/**
 * Browser-facing policy: which sites may embed a store's widget (sockets and /api/widget requests),
 * the inbox's Content-Security-Policy, the session cookie's flags, and the agents' socket refusing
 * other origins (no cross-site socket hijacking).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { originAllowed } from '../../server/src/limits/widget-origins.js';

function connectResult(socket: Socket): Promise<string | null> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(null));
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => resolve(err.data?.code ?? err.message));
  });
}

describe('allowed widget origins, CSP and cookies', () => {
  let t: TestApp;
  let base: string;
  const dirs: string[] = [];
  const sockets: Socket[] = [];
  const widgetFrom = (origin: string | undefined, storeId = 'locked-store') => {
    const s = io(`${base}/widget`, { auth: { storeId }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: origin ? { origin } : {} });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    // A second store that only lets its own shop embed the widget.
    const dir = mkdtempSync(join(tmpdir(), 'parley-locked-store-'));
    dirs.push(dir);
    cpSync(MINI_STORE, dir, { recursive: true });
    const storeFile = join(dir, 'store.json');
    const store = JSON.parse(readFileSync(storeFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(storeFile, JSON.stringify({ ...store, id: 'locked-store', name: 'Locked Store', widget: { ...(store.widget as object), allowedOrigins: ['https://shop.locked.example', 'https://*.locked.example'] } }));
    t = await buildTestApp({ store: MINI_STORE });
    await t.app.importStoreDirectory(dir);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('matches origins exactly or by subdomain wildcard', () => {
    const allowed = ['https://shop.example.com', 'https://*.brand.example'];
    expect(originAllowed('https://shop.example.com', allowed)).toBe(true);
    expect(originAllowed('https://shop.example.com.evil.test', allowed)).toBe(false);
    expect(originAllowed('http://shop.example.com', allowed)).toBe(false);
    expect(originAllowed('https://eu.brand.example', allowed)).toBe(true);
    expect(originAllowed('https://brand.example', allowed)).toBe(false);
    expect(originAllowed('https://evilbrand.example', allowed)).toBe(false);
    expect(originAllowed('null', allowed)).toBe(false);
    expect(originAllowed(undefined, allowed)).toBe(true);
    expect(originAllowed('https://anything.test', [])).toBe(true);
  });

  it('lets only the store’s own sites open its widget socket', async () => {
    expect(await connectResult(widgetFrom('https://shop.locked.example'))).toBeNull();
    expect(await connectResult(widgetFrom('https://eu.locked.example'))).toBeNull();
    expect(await connectResult(widgetFrom('https://copycat.example'))).toBe('PARLEY_ERR_FORBIDDEN');
    // Parley's own pages (same host) and stores without a list accept any site.
    expect(await connectResult(widgetFrom(base))).toBeNull();
    expect(await connectResult(widgetFrom('https://copycat.example', 'mini-store'))).toBeNull();
  });

  it('refuses the widget API to other sites, with no CORS grant', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/widget/locked-store/config', headers: { origin: 'https://shop.locked.example' } });
    expect(ok.statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'GET', url: '/api/widget/locked-store/config', headers: { origin: 'https://copycat.example' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/widget/locked-store/attachments', headers: { origin: 'https://copycat.example', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(403);
  });

  it('serves the inbox with a Content-Security-Policy that forbids inline and foreign scripts and framing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/inbox' });
    const csp = String(res.headers['content-security-policy'] ?? '');
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    const scripts = directive('script-src') || directive('default-src');
    expect(scripts).toContain("'self'");
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src') || directive('default-src')).not.toMatch(/\*/);
  });

  it('issues the session cookie HttpOnly and SameSite', async () => {
    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: agent.email, password: agent.password } });
    const cookie = res.cookies.find((c) => c.name === 'parley_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(String(cookie?.sameSite).toLowerCase()).toMatch(/^(lax|strict)$/);
  });

  it('refuses the inbox socket from another site even with a valid session cookie', async () => {
    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const hijack = io(`${base}/agents`, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie: agent.cookie, origin: 'https://evil.example' } });
    sockets.push(hijack);
    expect(await connectResult(hijack)).toBe('origin not allowed');
  });
});
