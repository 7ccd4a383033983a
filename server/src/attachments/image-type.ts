/**
 * Recognises the image formats shoppers may attach from their first bytes, never from the name or
 * the declared content type, and reads their pixel size so clients can reserve the space.
 * SVG is deliberately absent: it can carry script.
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

export const IMAGE_TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

export const EXTENSIONS: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

export interface DetectedImage {
  contentType: ImageType;
  width: number | null;
  height: number | null;
}

const startsWith = (b: Buffer, bytes: number[], offset = 0) => b.length >= offset + bytes.length && bytes.every((v, i) => b[offset + i] === v);

export function detectImage(b: Buffer): DetectedImage | undefined {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { contentType: 'image/png', ...(b.length >= 24 ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : unknownSize) };
  }
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', ...jpegSize(b) };
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) {
    return { contentType: 'image/gif', ...(b.length >= 10 ? { width: b.readUInt16LE(6), height: b.readUInt16LE(8) } : unknownSize) };
  }
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return { contentType: 'image/webp', ...webpSize(b) };
  return undefined;
}

const unknownSize = { width: null, height: null };

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Buffer): { width: number | null; height: number | null } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return unknownSize;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return unknownSize;
}

function webpSize(b: Buffer): { width: number | null; height: number | null } {
  if (b.length < 30) return unknownSize;
  const chunk = b.toString('ascii', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  return unknownSize;
}

/** A display name safe to show and store: no path, no control characters, the detected extension. */
export function safeFileName(raw: string | undefined, type: ImageType): string {
  let decoded = raw ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep as given
  }
  const base = (decoded.split(/[\\/]/).pop() ?? '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 80);
  return `${base || 'image'}.${EXTENSIONS[type]}`;
}
