/**
 * The inbound e-mail webhook: an inbound-mail service (or a local MTA pipe) posts each reply here,
 * as raw MIME (`message/rfc822`) or JSON ({raw} or already-parsed fields), authenticated with
 * PARLEY_EMAIL_INBOUND_SECRET as a Bearer token or as the password of HTTP Basic auth.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ParleyError } from '../errors.js';
import { isAutomatic, parseRawEmail, receiveInboundEmail, type InboundEmail } from '../email/inbound.js';

function presentedSecret(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization ?? '';
  if (header.startsWith('Bearer ')) return header.slice(7).trim();
  if (header.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return undefined;
}

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Fields an inbound-mail provider parsed already. */
function fromFields(body: Record<string, unknown>): InboundEmail {
  const headers = (typeof body.headers === 'object' && body.headers !== null ? body.headers : {}) as Record<string, unknown>;
  const ids = [...strings(body.inReplyTo ?? headers['in-reply-to']), ...strings(body.references ?? headers.references)].flatMap((v) => v.match(/<[^<>\s]+>/g) ?? []);
  return {
    from: typeof body.from === 'string' ? body.from : '',
    recipients: [...strings(body.to), ...strings(body.cc), ...strings(body.recipient)],
    subject: typeof body.subject === 'string' ? body.subject : '',
    text: typeof body.text === 'string' ? body.text : '',
    messageId: typeof body.messageId === 'string' ? body.messageId : typeof headers['message-id'] === 'string' ? (headers['message-id'] as string) : null,
    inReplyTo: ids,
    automatic: isAutomatic((name) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined)),
  };
}

export async function inboxEmailRoutes(app: FastifyInstance): Promise<void> {
  app.addContentTypeParser(['message/rfc822', 'text/plain'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.post('/inbound', { bodyLimit: 5 * 1024 * 1024, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } }, async (request, reply) => {
    const secret = app.config.email.inboundSecret;
    if (!secret) throw new ParleyError('NOT_FOUND', 'The inbound e-mail webhook is not configured (PARLEY_EMAIL_INBOUND_SECRET)');
    const given = presentedSecret(request);
    if (!given || !equal(given, secret)) throw new ParleyError('BAD_SIGNATURE', 'Wrong or missing webhook secret');
    const body = request.body;
    let email: InboundEmail;
    if (Buffer.isBuffer(body)) email = await parseRawEmail(body);
    else if (typeof body === 'object' && body !== null && typeof (body as { raw?: unknown }).raw === 'string') email = await parseRawEmail((body as { raw: string }).raw);
    else if (typeof body === 'object' && body !== null) email = fromFields(body as Record<string, unknown>);
    else throw new ParleyError('VALIDATION', 'Send the e-mail as message/rfc822 or JSON');
    const result = await receiveInboundEmail(app.inbox, email);
    return reply.status(result.duplicate || result.ignored ? 200 : 201).send(result);
  });
}
