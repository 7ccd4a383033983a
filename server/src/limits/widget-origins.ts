/**
 * Which sites may embed a store's widget. A store lists its origins in `widget.allowedOrigins` (in
 * store.json, or `settings.widget.allowedOrigins`), e.g. ["https://shop.example.com",
 * "https://*.example.com"]; an empty or missing list allows every site. Browsers send `Origin` on
 * the widget's socket and API requests, so another site cannot run a store's chat (and spend its model
 * budget) from its own pages. Requests without an Origin (servers, curl) are not browsers and pass:
 * this is an embedding policy, not authentication. Parley's own pages (the demo storefront) always pass.
 */
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../db/types.js';
import { ParleyError } from '../errors.js';
import { getStore, type StoreRow } from '../repositories/stores.js';

const CACHE_MS = 30_000;
/** The shape stores.id allows; anything else cannot be a store and is not looked up. */
const STORE_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function allowedWidgetOrigins(store: Pick<StoreRow, 'profile' | 'settings'>): string[] {
  const fromSettings = asRecord(store.settings.widget).allowedOrigins;
  const list = fromSettings ?? asRecord(store.profile.widget).allowedOrigins;
  return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string' && o.length > 0).map((o) => o.replace(/\/+$/, '').toLowerCase()) : [];
}

/** `https://*.example.com` matches any subdomain (not the apex); everything else matches exactly. */
export function originAllowed(origin: string | undefined, allowed: readonly string[], ownHosts: readonly string[] = []): boolean {
  if (!origin || allowed.length === 0) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (ownHosts.includes(url.host.toLowerCase())) return true;
  const normalized = url.origin.toLowerCase();
  return allowed.some((pattern) => {
    if (!pattern.includes('*.')) return pattern === normalized;
    const [scheme, rest] = pattern.split('://');
    const suffix = rest?.replace(/^\*\./, '.');
    return Boolean(suffix) && url.protocol === `${scheme}:` && url.host.toLowerCase().endsWith(suffix!) && url.host.length > suffix!.length;
  });
}

/** Allowed origins per store, cached briefly (checked on every widget connection and request). */
export class WidgetOriginPolicy {
  private readonly cache = new Map<string, { origins: string[] | null; at: number }>();

  constructor(private readonly db: Queryable) {}

  /** null: unknown store (the route or namespace answers that itself). */
  async originsFor(storeId: string): Promise<string[] | null> {
    if (!STORE_ID.test(storeId)) return null;
    const hit = this.cache.get(storeId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.origins;
    const store = await getStore(this.db, storeId);
    const origins = store ? allowedWidgetOrigins(store) : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(storeId, { origins, at: Date.now() });
    return origins;
  }

  async allows(storeId: string, origin: string | undefined, ownHosts: readonly string[]): Promise<boolean> {
    const origins = await this.originsFor(storeId);
    return origins === null || originAllowed(origin, origins, ownHosts);
  }
}

export interface WidgetOrigins {
  readonly policy: WidgetOriginPolicy;
  /** This server's own hosts (its Host header and PUBLIC_URL): always allowed. */
  ownHosts(hostHeader: string | undefined): string[];
}

/** Checks `/api/widget/:storeId/…` requests; returns the policy for the widget socket guard. */
export function registerWidgetOriginCheck(app: FastifyInstance, publicUrl: string | undefined): WidgetOrigins {
  // app.db is decorated after the limits plugin: resolve the policy on first use.
  let policy: WidgetOriginPolicy | undefined;
  const publicHost = publicUrl ? new URL(publicUrl).host.toLowerCase() : undefined;
  const origins: WidgetOrigins = {
    get policy() {
      policy ??= new WidgetOriginPolicy(app.db);
      return policy;
    },
    ownHosts: (host) => [host?.toLowerCase(), publicHost].filter((h): h is string => Boolean(h)),
  };
  app.addHook('onRequest', async (request) => {
    const match = /^\/api\/widget\/([^/?#]+)/.exec(request.url);
    if (!match) return;
    let storeId: string;
    try {
      storeId = decodeURIComponent(match[1]!);
    } catch {
      return; // a malformed id: the route answers it
    }
    if (!(await origins.policy.allows(storeId, request.headers.origin, origins.ownHosts(request.headers.host)))) {
      throw new ParleyError('FORBIDDEN', "This site may not use this store's chat widget");
    }
  });
  return origins;
}
