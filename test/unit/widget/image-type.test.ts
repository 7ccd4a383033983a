import { describe, expect, it } from 'vitest';
import { detectImage, safeFileName } from '../../../server/src/attachments/image-type.js';
import { solidPng } from './png.js';

const jpeg = (width: number, height: number) => Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // SOI + APP0 (JFIF)
  0xff, 0xdb, 0x00, 0x04, 0x00, 0x00, // a (truncated) quantisation table segment to skip
  0xff, 0xc2, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, // progressive SOF2
]);

describe('image detection by content', () => {
  it('recognises PNG, JPEG, GIF and WebP and reads their size', () => {
    expect(detectImage(solidPng(40, 30))).toEqual({ contentType: 'image/png', width: 40, height: 30 });
    expect(detectImage(jpeg(1024, 768))).toEqual({ contentType: 'image/jpeg', width: 1024, height: 768 });
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0x20, 0x01, 0x10, 0x00]), Buffer.alloc(8)]);
    expect(detectImage(gif)).toEqual({ contentType: 'image/gif', width: 288, height: 16 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'ascii');
    webp.write('WEBPVP8X', 8, 'ascii');
    webp.writeUIntLE(639, 24, 3);
    webp.writeUIntLE(479, 27, 3);
    expect(detectImage(webp)).toEqual({ contentType: 'image/webp', width: 640, height: 480 });
  });

  it('refuses SVG, HTML, PDFs and empty or truncated headers', () => {
    expect(detectImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(detectImage(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeUndefined();
    expect(detectImage(Buffer.from('%PDF-1.7'))).toBeUndefined();
    expect(detectImage(Buffer.alloc(0))).toBeUndefined();
    expect(detectImage(Buffer.from([0x89, 0x50, 0x4e]))).toBeUndefined();
    expect(detectImage(Buffer.from('GIF87b'))).toBeUndefined();
  });

  it('keeps a display name without paths or odd characters, with the real extension', () => {
    expect(safeFileName('damaged%20box.jpeg', 'image/png')).toBe('damaged box.png');
    expect(safeFileName('..%2F..%2Fetc%2Fpasswd', 'image/jpeg')).toBe('passwd.jpg');
    expect(safeFileName('C:\\Users\\ana\\IMG_0001.HEIC', 'image/jpeg')).toBe('IMG_0001.jpg');
    expect(safeFileName('<b>x</b>.png', 'image/gif')).toBe('b.gif'); // '/' is a path separator: only the last part is kept
    expect(safeFileName('写真.png', 'image/png')).toBe('写真.png');
    expect(safeFileName(undefined, 'image/webp')).toBe('image.webp');
    expect(safeFileName('%E0%A4%A', 'image/png')).toBe('E0A4A.png');
  });
});
