import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret the browser keeps; only its hash is stored. */
export const newToken = (): string => randomBytes(24).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
