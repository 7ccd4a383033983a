/**
 * A store's web page embedding the widget, for the browser tests: served from an origin of its own,
 * the way a shop on another domain embeds Parley.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';

/** CSS a careless or hostile theme might ship: it must change nothing inside the widget. */
export const HOSTILE_CSS = `
  * { font: italic 30px/3 "Comic Sans MS", cursive !important; color: #f0f !important; box-sizing: content-box !important;
      letter-spacing: 4px !important; text-transform: uppercase !important; }
  div, button, textarea, p, li, ol, span, svg { border: 6px dashed lime !important; background: yellow !important; margin: 7px !important;
      padding: 9px !important; display: inline !important; transform: rotate(2deg) !important; }
  html { font-size: 5px !important; direction: ltr; }
  body > * { position: static !important; visibility: hidden; }
  body > main { visibility: visible; }
  parley-widget { display: none !important; width: 100vw !important; height: 100vh !important; opacity: 0 !important; }
  [class], [id] { all: unset !important; }
`;

export interface StorePageOptions {
  /** Parley's base URL (where widget.js lives). */
  parley: string;
  storeId?: string;
  lang?: string;
  css?: string;
  /** Extra attributes on the widget's <script> tag, e.g. {'data-transport': 'polling'}. */
  attrs?: Record<string, string>;
  /** JavaScript run after the stub, before the widget loads (queued Parley calls). */
  calls?: string;
  /** A Content-Security-Policy header; the page's inline script gets the nonce `shop-nonce`. */
  csp?: string;
}

export function storePageHtml(o: StorePageOptions): string {
  const attrs = Object.entries({ 'data-store': o.storeId ?? 'mini-store', ...o.attrs }).map(([k, v]) => `${k}="${v}"`).join(' ');
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shop</title><style nonce="shop-nonce">body{font-family:Georgia,serif;margin:0}main{padding:24px}${o.css ?? ''}</style>
<script nonce="shop-nonce">
  window.Parley = window.Parley || { q: [] };
  ['open', 'close', 'toggle', 'send', 'identify', 'setLocale', 'on', 'off', 'reset'].forEach(function (m) {
    window.Parley[m] = window.Parley[m] || function () { window.Parley.q.push([m, [].slice.call(arguments)]); };
  });
  window.parleyEvents = [];
  ['message', 'open', 'close', 'handoff', 'ready'].forEach(function (e) {
    Parley.on(e, function (payload) { window.parleyEvents.push({ event: e, payload: payload }); });
  });
  ${o.calls ?? ''}
</script></head>
<body><main><h1 id="headline">Spring collection</h1><p>Linen shirts, trail shoes and everything in between.</p>
<a href="#a">First link</a> <a href="#b">Second link</a></main>
<script src="${o.parley}/widget.js" ${attrs} async></script>
</body></html>`;
}

/**
 * The shop: a real HTTP server on loopback (Chromium's local-network rules block a page that only
 * exists in the test from loading Parley on 127.0.0.1), on its own port, so another origin.
 */
export interface Shop {
  origin: string;
  /** Serves `options` at `path` (default "/") and opens it in a new page of `context`. */
  open(context: BrowserContext, options: StorePageOptions, path?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startShop(): Promise<Shop> {
  const pages = new Map<string, { html: string; csp?: string | undefined }>();
  const server = createServer((req, res) => {
    const page = pages.get((req.url ?? '/').split('?')[0]!);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(page?.csp ? { 'content-security-policy': page.csp } : {}) });
    res.end(page?.html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    async open(context, options, path = '/') {
      pages.set(path, { html: storePageHtml(options), csp: options.csp });
      const page = await context.newPage();
      page.setDefaultTimeout(8000); // fail with the locator's name rather than the test's timeout
      await page.goto(origin + path);
      await page.locator('parley-widget .launcher').waitFor();
      return page;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Public events recorded by the page (`Parley.on`). */
export async function parleyEvents(page: Page): Promise<Array<{ event: string; payload?: Record<string, unknown> }>> {
  return page.evaluate<Array<{ event: string; payload?: Record<string, unknown> }>>('window.parleyEvents');
}
