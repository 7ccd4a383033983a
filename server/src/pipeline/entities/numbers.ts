/** Number parsing shared by sizes and measurements: "10,5" and "10.5" are the same number. */
export const NUMBER = '\\d{1,3}(?:[.,]\\d{1,2})?';

export function parseNumber(raw: string): number {
  return Number(raw.replace(',', '.'));
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
