/**
 * The embeddable widget script and the public, per-store widget settings it loads: look, UI strings
 * and welcome in the shopper's locale, and the team's availability in the shopper's time zone.
 */
import { readFile, readdir } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { WidgetAvailability, WidgetConfig } from '../../../protocol/widget-events.js';
import { ParleyError } from '../errors.js';
import { getStore, type StoreRow } from '../repositories/stores.js';
import { matchSupportedLocale } from '../identity/resolve-locale.js';
import { describeAvailability, isValidTimeZone, nextOpening, parseHolidays, parseSupportHours } from '../support-hours/index.js';
import { IMAGE_TYPES } from '../attachments/image-type.js';
import { MAX_ATTACHMENT_BYTES, TOKEN_HEADER } from '../attachments/attachment-routes.js';
import { readIdentitySecret, rotateIdentitySecret } from '../identity/identity-secret.js';

const WIDGET_BUNDLE = new URL('../../../widget/dist/widget.js', import.meta.url);
/** The widget's UI strings, one JSON file per locale (English is also compiled into the bundle). */
const WIDGET_LOCALES = new URL('../../../widget/src/i18n/locales/', import.meta.url);
const DEFAULT_COLOR = '#1f5f8b';
const REPLY_TIME_TTL_MS = 10 * 60_000;

/** Widget settings of a store: `widget` in store.json, overridden by `settings.widget` (set in Parley). */
export interface WidgetSettings {
  color: string;
  position: 'right' | 'left';
  /** One text, or one per locale. */
  welcome: string | Record<string, string> | null;
  suggestions: string[] | Record<string, string[]> | null;
  csat: 'thumbs' | 'five';
  /** Typical first reply time in minutes; measured from the inbox when unset. */
  replyMinutes: number | null;
}

export function readWidgetSettings(store: Pick<StoreRow, 'profile' | 'settings'>): WidgetSettings {
  const raw = { ...asRecord(store.profile.widget), ...asRecord(store.settings.widget) };
  return {
    color: typeof raw.color === 'string' && /^#[0-9a-f]{6}$/i.test(raw.color) ? raw.color : DEFAULT_COLOR,
    position: raw.position === 'left' ? 'left' : 'right',
    welcome: typeof raw.welcome === 'string' || isStringRecord(raw.welcome) ? raw.welcome : null,
    suggestions: isStringList(raw.suggestions) || isListRecord(raw.suggestions) ? raw.suggestions : null,
    csat: raw.csat === 'thumbs' ? 'thumbs' : 'five',
    replyMinutes: typeof raw.replyMinutes === 'number' && raw.replyMinutes > 0 ? Math.round(raw.replyMinutes) : null,
  };
}

/**
 * The store's text for `locale` (or its base language). A locale the store wrote nothing for gets
 * null, and the widget shows its own greeting in that language rather than another language's.
 */
export function pickForLocale<T>(value: T | Record<string, T> | null, locale: string, isSingle: (v: unknown) => v is T): T | null {
  if (value === null) return null;
  if (isSingle(value)) return value;
  const byLocale = value as Record<string, T>;
  return byLocale[locale] ?? byLocale[locale.split('-')[0]!] ?? null;
}

export async function widgetRoutes(app: FastifyInstance): Promise<void> {
  let bundle: Buffer | undefined;
  let strings: Map<string, Record<string, string>> | undefined;
  const replyTimes = new Map<string, { minutes: number | null; at: number }>();

  async function uiStrings(locale: string): Promise<Record<string, string>> {
    if (!strings) {
      const loaded = new Map<string, Record<string, string>>();
      for (const file of await readdir(WIDGET_LOCALES)) {
        if (file.endsWith('.json')) loaded.set(file.slice(0, -5), JSON.parse(await readFile(new URL(file, WIDGET_LOCALES), 'utf8')) as Record<string, string>);
      }
      strings = loaded;
    }
    return strings.get(locale) ?? {};
  }

  async function replyMinutes(storeId: string, configured: number | null): Promise<number | null> {
    if (configured) return configured;
    const cached = replyTimes.get(storeId);
    if (cached && Date.now() - cached.at < REPLY_TIME_TTL_MS) return cached.minutes;
    const minutes = await app.conversations.typicalFirstReplyMinutes(storeId);
    replyTimes.set(storeId, { minutes, at: Date.now() });
    return minutes;
  }

  function availability(store: StoreRow, locale: string, timeZone: string): WidgetAvailability | null {
    const hours = parseSupportHours(store.profile.support_hours);
    if (!hours.ok || hours.value.teams.length === 0) return null;
    const holidays = parseHolidays(store.profile.holidays ?? []);
    const now = app.clock.now();
    const opening = nextOpening({ teams: hours.value.teams, holidays: holidays.ok ? holidays.value : [], now, language: locale });
    const described = describeAvailability(opening, { shopperTimeZone: timeZone, locale, now });
    return { kind: described.kind, ...(described.weekday ? { weekday: described.weekday } : {}), ...(described.time ? { time: described.time } : {}), ...(described.date ? { date: described.date } : {}) };
  }

  app.get('/widget.js', async (_request, reply) => {
    bundle ??= await readFile(WIDGET_BUNDLE).catch(() => undefined);
    if (!bundle) throw new ParleyError('UNAVAILABLE', 'The widget is not built yet: run `npm run build:client`');
    return reply
      .header('content-type', 'application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send(bundle);
  });

  // The widget runs on the store's origin: its API answers any origin, without cookies.
  app.options('/api/widget/*', async (_request, reply) =>
    reply
      .status(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', `content-type, ${TOKEN_HEADER}, x-file-name`)
      .header('access-control-max-age', '86400')
      .send(),
  );

  // For the store's admins: the secret their site signs shopper identities with (widget/README.md).
  const AdminParams = { params: Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) }) };
  app.get('/api/stores/:storeId/widget/identity-secret', { schema: AdminParams }, async (request, reply) => {
    const { storeId } = request.params as { storeId: string };
    await app.requireStoreMember(request, storeId, 'admin');
    reply.header('cache-control', 'no-store');
    return { identitySecret: await readIdentitySecret(app.db, storeId) };
  });
  app.post('/api/stores/:storeId/widget/identity-secret/rotate', { schema: AdminParams }, async (request, reply) => {
    const { storeId } = request.params as { storeId: string };
    await app.requireStoreMember(request, storeId, 'admin');
    reply.header('cache-control', 'no-store');
    return { identitySecret: await rotateIdentitySecret(app.db, storeId) };
  });

  app.get(
    '/api/widget/:storeId/config',
    {
      schema: {
        params: Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) }),
        querystring: Type.Object({ locale: Type.Optional(Type.String({ maxLength: 35 })), tz: Type.Optional(Type.String({ maxLength: 64 })) }),
      },
    },
    async (request, reply): Promise<WidgetConfig> => {
      const { storeId } = request.params as { storeId: string };
      const query = request.query as { locale?: string; tz?: string };
      const store = await getStore(app.db, storeId);
      if (!store) throw new ParleyError('STORE_NOT_FOUND');
      const settings = readWidgetSettings(store);
      const locale = matchSupportedLocale(query.locale) ?? matchSupportedLocale(store.default_locale) ?? 'en';
      const timeZone = query.tz && isValidTimeZone(query.tz) ? query.tz : store.timezone;
      const open = availability(store, locale, timeZone);
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60');
      return {
        storeId: store.id,
        name: store.name,
        color: settings.color,
        defaultLocale: store.default_locale,
        locales: store.locales,
        locale,
        rtl: locale === 'ar',
        strings: await uiStrings(locale),
        welcome: pickForLocale(settings.welcome, locale, isString),
        suggestions: (pickForLocale(settings.suggestions, locale, isStringList) ?? []).slice(0, 6),
        availability: open ? { ...open, replyMinutes: await replyMinutes(store.id, settings.replyMinutes) } : null,
        csat: { scale: settings.csat },
        attachments: { maxBytes: MAX_ATTACHMENT_BYTES, types: [...IMAGE_TYPES] },
        position: settings.position,
      };
    },
  );
}

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isStringRecord = (v: unknown): v is Record<string, string> => Object.keys(asRecord(v)).length > 0 && Object.values(asRecord(v)).every(isString);
const isListRecord = (v: unknown): v is Record<string, string[]> => Object.keys(asRecord(v)).length > 0 && Object.values(asRecord(v)).every(isStringList);
