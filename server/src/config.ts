/**
 * The one place that reads configuration: environment variables, optionally layered over a JSON config
 * file (PARLEY_CONFIG). Every setting is declared once below with its type, default and description;
 * the README table is generated from the same list (`npm run parley -- config`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Kind = 'string' | 'url' | 'int' | 'bool' | 'enum' | 'list' | 'rate';

interface Setting {
  env: string;
  kind: Kind;
  default?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  description: string;
}

export const SETTINGS = [
  { env: 'PORT', kind: 'int', default: '3000', min: 0, max: 65535, description: 'HTTP port.' },
  { env: 'HOST', kind: 'string', default: 'localhost', description: 'Interface to listen on (`0.0.0.0` for all).' },
  { env: 'PUBLIC_URL', kind: 'url', description: 'Public base URL used in the widget snippet and emails (default `http://localhost:$PORT`).' },
  { env: 'PARLEY_DATA_DIR', kind: 'string', default: './data', description: 'Directory for the embedded database and local files.' },
  { env: 'DATABASE_URL', kind: 'url', description: 'PostgreSQL 15+ with pgvector. Unset: embedded PGlite in `PARLEY_DATA_DIR`.' },
  { env: 'DATABASE_POOL_MAX', kind: 'int', default: '10', min: 1, max: 200, description: 'Connections per node to PostgreSQL.' },
  { env: 'DATABASE_CONNECT_TIMEOUT_MS', kind: 'int', default: '5000', min: 100, max: 600000, description: 'How long a statement waits for a PostgreSQL connection (a free one in the pool or a new one) before it fails.' },
  { env: 'DATABASE_PREPARED_STATEMENTS', kind: 'bool', default: 'true', description: 'Reuse PostgreSQL query plans for frequent statements (server-side prepared statements); `false` behind PgBouncer older than 1.21 in transaction mode.' },
  { env: 'REDIS_URL', kind: 'url', description: 'Redis for the socket.io adapter when running several nodes.' },
  { env: 'PARLEY_DEMO_STORE', kind: 'string', default: 'knowledge', description: 'Store directory imported on first start (`off` to disable).' },
  { env: 'PARLEY_DEMO_AGENT_EMAIL', kind: 'string', default: 'agent@parley.demo', description: 'Login of the demo agent created with the demo store.' },
  { env: 'PARLEY_DEMO_AGENT_PASSWORD', kind: 'string', description: 'Password for the demo agent (default: generated once and printed at start).' },
  { env: 'PARLEY_ASSISTANT', kind: 'enum', default: 'auto', values: ['auto', 'offline', 'llm', 'handoff'], description: '`offline` (no model), `llm` (OpenAI-compatible model), `handoff` (route every message to agents), `auto` (llm when a model is configured).' },
  { env: 'OPENAI_BASE_URL', kind: 'url', description: 'Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, DeepSeek, Qwen).' },
  { env: 'OPENAI_API_KEY', kind: 'string', description: 'API key for that endpoint.' },
  { env: 'PARLEY_CHAT_MODEL', kind: 'string', default: 'gpt-4o-mini', description: 'Chat model name.' },
  { env: 'PARLEY_EMBEDDING_MODEL', kind: 'string', default: 'offline-hash-v1', description: 'Embedding model; `offline-hash-v1` needs no model.' },
  { env: 'PARLEY_EMBEDDING_DIMENSIONS', kind: 'int', default: '384', min: 16, max: 2000, description: 'Embedding vector size.' },
  { env: 'PARLEY_EMBEDDING_BASE_URL', kind: 'url', description: 'OpenAI-compatible endpoint for embeddings only (default `OPENAI_BASE_URL`).' },
  { env: 'PARLEY_EMBEDDING_BATCH_SIZE', kind: 'int', default: '64', min: 1, max: 2048, description: 'Texts per embeddings request.' },
  { env: 'PARLEY_EMBEDDING_MAX_RETRIES', kind: 'int', default: '5', min: 0, max: 20, description: 'Retries (exponential backoff) of a failed embeddings request.' },
  { env: 'PARLEY_LLM_TIMEOUT_MS', kind: 'int', default: '20000', min: 100, max: 600000, description: 'Timeout per model call.' },
  { env: 'PARLEY_LLM_REDACT', kind: 'bool', default: 'true', description: 'Replace emails, phone and card numbers in shopper text with placeholders before it reaches the model.' },
  { env: 'SMTP_URL', kind: 'url', description: 'Outgoing mail server for e-mail follow-ups, e.g. `smtps://user:pass@smtp.example.com:465`. Unset: no e-mail.' },
  { env: 'SMTP_FROM', kind: 'string', default: 'Parley <support@localhost>', description: 'Sender of e-mail follow-ups.' },
  { env: 'SMTP_REPLY_TO', kind: 'string', description: 'Inbound address shoppers reply to (plus-addressed per conversation); default: the SMTP_FROM address.' },
  { env: 'PARLEY_EMAIL_INBOUND_SECRET', kind: 'string', description: 'Bearer secret the inbound e-mail webhook (`POST /api/email/inbound`) requires. Unset: the webhook is off.' },
  { env: 'PARLEY_WORKERS', kind: 'bool', default: 'true', description: 'Run background jobs (e-mail, webhooks, retention…) on this node; `false` for web-only nodes (at least one node must run them).' },
  { env: 'PARLEY_JOB_POLL_MS', kind: 'int', default: '1000', min: 50, max: 60000, description: 'How often an idle worker looks for jobs enqueued by other nodes.' },
  { env: 'PARLEY_RATE_WIDGET_CONNECT_IP', kind: 'rate', default: '60/60', description: 'Widget connections per client IP (`count/seconds`, or `off`). Shared by all nodes through Redis when REDIS_URL is set.' },
  { env: 'PARLEY_RATE_WIDGET_CONNECT_STORE', kind: 'rate', default: '30000/60', description: 'Widget connections per store (a Black-Friday arrival rate of 500 per second passes).' },
  { env: 'PARLEY_RATE_MESSAGES_IP', kind: 'rate', default: '60/60', description: 'Shopper messages per client IP.' },
  { env: 'PARLEY_RATE_MESSAGES_STORE', kind: 'rate', default: '60000/60', description: 'Shopper messages per store.' },
  { env: 'PARLEY_RATE_CONVERSATIONS_IP', kind: 'rate', default: '30/3600', description: 'New conversations (widget sign-ups) per client IP.' },
  { env: 'PARLEY_RATE_SIGNUPS_IP', kind: 'rate', default: '20/3600', description: 'Agent sign-ups (invitation acceptances) per client IP, on top of the per-minute login limit.' },
  { env: 'PARLEY_MAX_SOCKETS_PER_IP', kind: 'int', default: '50', min: 1, max: 1000000, description: 'Open widget sockets per client IP on one node.' },
  { env: 'PARLEY_SOCKET_FLOOD', kind: 'rate', default: '40/10', description: 'Events one socket may send per window; beyond it events are refused, beyond 3× the socket is disconnected.' },
  { env: 'PARLEY_MAX_MESSAGE_CHARS', kind: 'int', default: '4000', min: 1, max: 4000, description: 'Longest shopper message accepted (characters).' },
  { env: 'PARLEY_ASSISTANT_CONCURRENCY', kind: 'int', default: '32', min: 0, max: 10000, description: 'Offline mode: assistant turns one node composes at once; more wait in arrival order, so an overloaded node keeps answering at full speed instead of slowing every turn down (`0` = no limit).' },
  { env: 'PARLEY_MODEL_CONCURRENCY', kind: 'int', default: '16', min: 0, max: 10000, description: 'LLM mode: assistant turns one node sends to the model at once; more wait in line and the shopper sees their position (`0` = no limit).' },
  { env: 'PARLEY_MIN_FREE_DISK_MB', kind: 'int', default: '100', min: 0, max: 1000000, description: 'Embedded database only: below this much free disk space in `PARLEY_DATA_DIR`, new messages and changes are refused with a clear error (`0` disables).' },
  { env: 'PARLEY_RETENTION_CONVERSATIONS_DAYS', kind: 'int', default: '0', min: 0, max: 36500, description: 'Delete conversations (messages, attachments, ratings) idle for longer than this; `0` keeps them. A store may set a shorter `settings.retention.conversationDays`.' },
  { env: 'PARLEY_RETENTION_ATTACHMENTS_DAYS', kind: 'int', default: '0', min: 0, max: 36500, description: 'Delete image attachments older than this (the message text stays); `0` keeps them. Unsent uploads are always deleted after a day.' },
  { env: 'PARLEY_PROACTIVE_SCAN_MINUTES', kind: 'int', default: '30', min: 0, max: 1440, description: 'How often parcels are checked for customs holds, failed deliveries, lost and late parcels to notify shoppers about (`0` turns the scan off; stores switch notices on or off in their settings).' },
  { env: 'PARLEY_FEEDBACK_SCAN_MINUTES', kind: 'int', default: '60', min: 0, max: 1440, description: 'How often delivered orders are checked for post-delivery feedback requests (for stores that turned them on; `0` turns the scan off).' },
  { env: 'LOG_LEVEL', kind: 'enum', default: 'info', values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], description: 'pino log level.' },
  { env: 'TRUST_PROXY', kind: 'bool', default: 'false', description: 'Trust `X-Forwarded-*` headers from a load balancer.' },
  { env: 'PARLEY_CONFIG', kind: 'string', description: 'Optional JSON file with any of these settings (environment wins).' },
] as const satisfies readonly Setting[];

export interface Config {
  port: number;
  host: string;
  /** Explicit PUBLIC_URL; when unset, pages use the address the browser came in on. */
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  databaseConnectTimeoutMs: number;
  databasePreparedStatements: boolean;
  redisUrl: string | undefined;
  demoStoreDir: string | undefined;
  demoAgentEmail: string;
  demoAgentPassword: string | undefined;
  assistantMode: 'offline' | 'llm' | 'handoff';
  llm: { baseUrl: string | undefined; apiKey: string | undefined; chatModel: string; timeoutMs: number; redactPersonalData: boolean };
  embedding: { model: string; dimensions: number; baseUrl?: string | undefined; batchSize?: number; maxRetries?: number };
  logLevel: string;
  trustProxy: boolean;
  email: { smtpUrl: string | undefined; from: string; replyTo: string | undefined; inboundSecret: string | undefined };
  jobs: { workers: boolean; pollMs: number };
  limits: LimitSettings;
  retention: { conversationDays: number; attachmentDays: number };
  insights: { proactiveScanMinutes: number; feedbackScanMinutes: number };
}

/** `count` events per `windowMs`; null = unlimited. */
export interface Rate {
  max: number;
  windowMs: number;
}

export interface LimitSettings {
  widgetConnectPerIp: Rate | null;
  widgetConnectPerStore: Rate | null;
  messagesPerIp: Rate | null;
  messagesPerStore: Rate | null;
  conversationsPerIp: Rate | null;
  signupsPerIp: Rate | null;
  maxSocketsPerIp: number;
  socketFlood: Rate | null;
  maxMessageChars: number;
  minFreeDiskMb: number;
  modelConcurrency: number;
  assistantConcurrency: number;
}

export class ConfigError extends Error {
  constructor(public readonly variable: string, message: string) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

type Raw = Record<string, string | undefined>;

function parseValue(setting: Setting, raw: string): string | number | boolean | string[] {
  switch (setting.kind) {
    case 'int': {
      if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(setting.env, `must be an integer, got "${raw}"`);
      const n = Number(raw);
      if ((setting.min !== undefined && n < setting.min) || (setting.max !== undefined && n > setting.max)) {
        throw new ConfigError(setting.env, `must be between ${setting.min} and ${setting.max}, got ${n}`);
      }
      return n;
    }
    case 'bool': {
      const v = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
      throw new ConfigError(setting.env, `must be true or false, got "${raw}"`);
    }
    case 'enum':
      if (!setting.values?.includes(raw)) {
        throw new ConfigError(setting.env, `must be one of ${setting.values?.join(', ')}, got "${raw}"`);
      }
      return raw;
    case 'url':
      try {
        new URL(raw);
      } catch {
        throw new ConfigError(setting.env, `must be a URL, got "${raw}"`);
      }
      return raw;
    case 'list':
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
    case 'rate': {
      const v = raw.trim().toLowerCase();
      if (v === 'off') return v;
      const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new ConfigError(setting.env, `must be "count/seconds" (e.g. 60/60) or "off", got "${raw}"`);
      return v;
    }
    default:
      return raw;
  }
}

function readConfigFile(path: string): Raw {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError('PARLEY_CONFIG', `points to a file that cannot be read: ${path} (${(err as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError('PARLEY_CONFIG', `is not valid JSON: ${path} (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError('PARLEY_CONFIG', `must contain a JSON object of settings: ${path}`);
  }
  const known = new Set<string>(SETTINGS.map((s) => s.env));
  const out: Raw = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!known.has(key)) throw new ConfigError(key, `is not a known setting (in ${path})`);
    out[key] = value === null || value === undefined ? undefined : String(value);
  }
  return out;
}

/** Reads and validates the configuration. Throws ConfigError naming the bad variable. */
export function loadConfig(env: Raw = process.env, overrides: Partial<Config> = {}): Config {
  const fileValues = env.PARLEY_CONFIG ? readConfigFile(env.PARLEY_CONFIG) : {};
  const values = new Map<string, string | number | boolean | string[] | undefined>();
  for (const setting of SETTINGS as readonly Setting[]) {
    const raw = env[setting.env] ?? fileValues[setting.env] ?? setting.default;
    values.set(setting.env, raw === undefined || raw === '' && setting.kind !== 'string' ? undefined : parseValue(setting, raw));
  }
  const str = (k: string) => values.get(k) as string | undefined;
  const port = values.get('PORT') as number;
  const assistant = str('PARLEY_ASSISTANT') ?? 'auto';
  const hasModel = Boolean(str('OPENAI_BASE_URL') || str('OPENAI_API_KEY'));
  if (assistant === 'llm' && !hasModel) {
    throw new ConfigError('PARLEY_ASSISTANT', 'is "llm" but neither OPENAI_BASE_URL nor OPENAI_API_KEY is set');
  }
  const demo = str('PARLEY_DEMO_STORE');
  const config: Config = {
    port,
    host: str('HOST') ?? 'localhost',
    publicUrl: str('PUBLIC_URL')?.replace(/\/+$/, ''),
    dataDir: resolve(str('PARLEY_DATA_DIR') ?? './data'),
    databaseUrl: str('DATABASE_URL'),
    databasePoolMax: values.get('DATABASE_POOL_MAX') as number,
    databaseConnectTimeoutMs: values.get('DATABASE_CONNECT_TIMEOUT_MS') as number,
    databasePreparedStatements: values.get('DATABASE_PREPARED_STATEMENTS') as boolean,
    redisUrl: str('REDIS_URL'),
    demoStoreDir: !demo || demo === 'off' ? undefined : resolve(demo),
    demoAgentEmail: str('PARLEY_DEMO_AGENT_EMAIL') ?? 'agent@parley.demo',
    demoAgentPassword: str('PARLEY_DEMO_AGENT_PASSWORD'),
    assistantMode: assistant === 'auto' ? (hasModel ? 'llm' : 'offline') : (assistant as Config['assistantMode']),
    llm: {
      baseUrl: str('OPENAI_BASE_URL'),
      apiKey: str('OPENAI_API_KEY'),
      chatModel: str('PARLEY_CHAT_MODEL') ?? 'gpt-4o-mini',
      timeoutMs: values.get('PARLEY_LLM_TIMEOUT_MS') as number,
      redactPersonalData: values.get('PARLEY_LLM_REDACT') as boolean,
    },
    embedding: {
      model: str('PARLEY_EMBEDDING_MODEL') ?? 'offline-hash-v1',
      dimensions: values.get('PARLEY_EMBEDDING_DIMENSIONS') as number,
      baseUrl: str('PARLEY_EMBEDDING_BASE_URL'),
      batchSize: values.get('PARLEY_EMBEDDING_BATCH_SIZE') as number,
      maxRetries: values.get('PARLEY_EMBEDDING_MAX_RETRIES') as number,
    },
    logLevel: str('LOG_LEVEL') ?? 'info',
    trustProxy: values.get('TRUST_PROXY') as boolean,
    email: {
      smtpUrl: str('SMTP_URL'),
      from: str('SMTP_FROM') ?? 'Parley <support@localhost>',
      replyTo: str('SMTP_REPLY_TO') || undefined,
      inboundSecret: str('PARLEY_EMAIL_INBOUND_SECRET') || undefined,
    },
    jobs: { workers: values.get('PARLEY_WORKERS') as boolean, pollMs: values.get('PARLEY_JOB_POLL_MS') as number },
    limits: {
      widgetConnectPerIp: rate(str('PARLEY_RATE_WIDGET_CONNECT_IP')),
      widgetConnectPerStore: rate(str('PARLEY_RATE_WIDGET_CONNECT_STORE')),
      messagesPerIp: rate(str('PARLEY_RATE_MESSAGES_IP')),
      messagesPerStore: rate(str('PARLEY_RATE_MESSAGES_STORE')),
      conversationsPerIp: rate(str('PARLEY_RATE_CONVERSATIONS_IP')),
      signupsPerIp: rate(str('PARLEY_RATE_SIGNUPS_IP')),
      maxSocketsPerIp: values.get('PARLEY_MAX_SOCKETS_PER_IP') as number,
      socketFlood: rate(str('PARLEY_SOCKET_FLOOD')),
      maxMessageChars: values.get('PARLEY_MAX_MESSAGE_CHARS') as number,
      minFreeDiskMb: values.get('PARLEY_MIN_FREE_DISK_MB') as number,
      modelConcurrency: values.get('PARLEY_MODEL_CONCURRENCY') as number,
      assistantConcurrency: values.get('PARLEY_ASSISTANT_CONCURRENCY') as number,
    },
    retention: {
      conversationDays: values.get('PARLEY_RETENTION_CONVERSATIONS_DAYS') as number,
      attachmentDays: values.get('PARLEY_RETENTION_ATTACHMENTS_DAYS') as number,
    },
    insights: {
      proactiveScanMinutes: values.get('PARLEY_PROACTIVE_SCAN_MINUTES') as number,
      feedbackScanMinutes: values.get('PARLEY_FEEDBACK_SCAN_MINUTES') as number,
    },
  };
  return { ...config, ...overrides };
}

/** "60/60" → 60 per minute; "off" (or unset) → unlimited. Validated by parseValue. */
function rate(value: string | undefined): Rate | null {
  if (!value || value === 'off') return null;
  const [max, seconds] = value.split('/').map((part) => Number(part.trim()));
  return { max: max!, windowMs: seconds! * 1000 };
}

/** Markdown table of every setting, for the README. */
export function settingsTable(): string {
  const rows = (SETTINGS as readonly Setting[]).map((s) => {
    const allowed = s.kind === 'enum' ? s.values?.map((v) => `\`${v}\``).join(' \\| ') : s.kind;
    return `| \`${s.env}\` | ${s.default !== undefined ? `\`${s.default}\`` : '—'} | ${allowed} | ${s.description} |`;
  });
  return ['| Variable | Default | Allowed | What it does |', '|---|---|---|---|', ...rows].join('\n');
}
