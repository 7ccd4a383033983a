/**
 * The client address a limit is counted for. Behind a load balancer (TRUST_PROXY=true) that is the
 * first X-Forwarded-For entry, as Fastify's `request.ip` does for HTTP; otherwise the peer address.
 */
import type { IncomingHttpHeaders } from 'node:http';

export function clientIp(peerAddress: string | undefined, headers: IncomingHttpHeaders, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  const peer = peerAddress ?? 'unknown';
  return peer.startsWith('::ffff:') ? peer.slice(7) : peer;
}
