/**
 * pino options shared by the HTTP server and background code. Personal data and secrets are redacted
 * wherever they appear in logged objects, so a careless `log.info({ body })` cannot leak them.
 */
import type { LoggerOptions } from 'pino';

const SECRET_KEYS = ['password', 'passwordHash', 'token', 'secret', 'apiKey', 'authorization', 'cookie', 'signature'];
const PERSONAL_KEYS = ['email', 'phone', 'address1', 'address2', 'firstName', 'lastName', 'first_name', 'last_name', 'text', 'zip'];

export function loggerOptions(level: string): LoggerOptions {
  const paths = [...SECRET_KEYS, ...PERSONAL_KEYS].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);
  paths.push('req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]');
  return {
    level,
    redact: { paths, censor: '[redacted]' },
  };
}

/** Masks an email for logs and agent-facing hints: "anna.becker@example.net" → "a***r@e***.net". */
export function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  const mask = (s: string) => (s.length <= 2 ? `${s[0] ?? ''}*` : `${s[0]}***${s[s.length - 1]}`);
  return `${mask(user)}@${mask(host)}${tld}`;
}
