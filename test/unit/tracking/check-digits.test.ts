import { describe, expect, it } from 'vitest';
import {
  alternatingDoubleMod10,
  deutschePostMod10,
  fedexMod11,
  gs1Mod10,
  iso7064Mod37_36,
  luhnMod10,
  mod7,
  s10CheckDigit,
  upsCharValue,
} from '../../../server/src/commerce/tracking/check-digits.js';

// Published examples, each from the algorithm's own documentation or a well-known reference.
describe('check-digit algorithms on published examples', () => {
  it('GS1 mod 10 (EAN-13 examples 4006381333931 and 5901234123457)', () => {
    expect(gs1Mod10('400638133393')).toBe(1);
    expect(gs1Mod10('590123412345')).toBe(7);
  });

  it('Luhn (79927398713)', () => {
    expect(luhnMod10('7992739871')).toBe(3);
  });

  it('UPU S10 (RB123456785GB), including the 10 → 0 and 11 → 5 rules', () => {
    expect(s10CheckDigit('12345678')).toBe(5);
    // 4 × weight 3 = 12 ≡ 1 (mod 11) → 11 − 1 = 10 → 0.
    expect(s10CheckDigit('00004000')).toBe(0);
    // Sum 0 → 11 − 0 = 11 → 5.
    expect(s10CheckDigit('00000000')).toBe(5);
  });

  it('UPS letters count A=2 … H=9, I=0 …, Z=7 (1Z999AA10123456784)', () => {
    expect(['A', 'H', 'I', 'R', 'S', 'Z'].map(upsCharValue)).toEqual([2, 9, 0, 9, 0, 7]);
    expect(alternatingDoubleMod10('999AA1012345678')).toBe(4);
  });

  it('FedEx mod 11 with weights 1,3,7 from the right', () => {
    // 12345678901: 1·1 + 0·3 + 9·7 + 8·1 + 7·3 + 6·7 + 5·1 + 4·3 + 3·7 + 2·1 + 1·3 = 178; 178 mod 11 = 2.
    expect(fedexMod11('12345678901')).toBe(2);
  });

  it('mod 7 on long digit strings without losing precision', () => {
    expect(mod7('123456789')).toBe(1);
    expect(mod7('9'.repeat(30))).toBe(Number(BigInt('9'.repeat(30)) % 7n));
  });

  it('Deutsche Post Identcode weights 4/9 (DHL example 201298452277)', () => {
    expect(deutschePostMod10('20129845227')).toBe(7);
  });

  it('ISO 7064 MOD 37,36 (DPD example 01015026003653C)', () => {
    expect(iso7064Mod37_36('01015026003653')).toBe('C');
  });
});
