/**
 * The script a store embeds: `<script src="https://parley.example/widget.js" data-store="my-store" async></script>`.
 * Reads its own tag (store id, optional data-locale and data-transport), installs `window.Parley`
 * (replaying calls queued before it loaded), then renders the launcher inside a shadow root.
 */
import { render, h } from 'preact';
import { createApi, replay, type QueuedCall } from './api.js';
import { Chat } from './chat.js';
import { createHost } from './element.js';
import { pageLocale } from './i18n/locale.js';
import { App } from './ui/app.js';
import { STYLES } from './ui/styles.js';

declare global {
  interface Window {
    Parley?: { q?: QueuedCall[]; version?: string } & Record<string, unknown>;
  }
}

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.dataset.store) return current;
  return document.querySelector<HTMLScriptElement>('script[data-store][src*="widget.js"]');
}

function boot(): void {
  const script = ownScript();
  const storeId = script?.dataset.store;
  if (!script || !storeId) {
    console.error('[parley] add data-store="<your store id>" to the widget <script> tag');
    return;
  }
  if (window.Parley?.version) return; // loaded twice
  const transport = script.dataset.transport;
  const chat = new Chat({
    host: new URL(script.src, location.href).origin,
    storeId,
    ...(script.dataset.locale ? { override: script.dataset.locale } : {}),
    ...(() => {
      const page = pageLocale(document.documentElement.lang, navigator.languages ?? [navigator.language]);
      return page ? { pageLocale: page } : {};
    })(),
    ...(transport === 'polling' || transport === 'websocket' ? { transports: [transport] } : {}),
  });
  let isReady = false;
  const api = createApi(chat, () => isReady);
  const queued = window.Parley?.q ?? [];
  window.Parley = api as unknown as Window['Parley'];
  replay(api, queued);

  const mount = () => {
    render(h(App, { chat }), createHost(STYLES).mount);
    chat
      .start()
      .then(() => {
        isReady = true;
        chat.events.emit('ready');
      })
      .catch((err: unknown) => console.error('[parley] the chat could not start', err));
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

boot();
