/**
 * The store picks one brand colour; the widget derives text and link colours from it that keep
 * WCAG AA contrast (4.5:1), whatever colour was picked.
 */

export const DARK_TEXT = '#15171a';

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(/^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1) : '1f5f8b', 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const linear = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Text colour on `background`: white when it reaches 4.5:1, else near-black, else black (when white
 * fails, black always reaches 4.58:1).
 */
export function textOn(background: string): string {
  if (contrast('#ffffff', background) >= 4.5) return '#ffffff';
  return contrast(DARK_TEXT, background) >= 4.5 ? DARK_TEXT : '#000000';
}

/** `color` darkened just enough to reach 4.5:1 on `background` (links and focus rings on light surfaces). */
export function readableOn(color: string, background = '#ffffff'): string {
  let rgb: number[] = channels(color);
  let hex = color;
  for (let i = 0; i < 40 && contrast(hex, background) < 4.5; i++) {
    rgb = rgb.map((c) => c * 0.9);
    hex = `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  }
  return hex;
}
