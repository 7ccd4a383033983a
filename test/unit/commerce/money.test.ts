import { describe, expect, it } from 'vitest';
import { currencyDecimals, money, normalizeAmount } from '../../../server/src/commerce/orders/money.js';

describe('money as decimal strings', () => {
  it('knows the minor units of each currency', () => {
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('KRW')).toBe(0);
    expect(currencyDecimals('BHD')).toBe(3);
    expect(currencyDecimals('eur')).toBeUndefined();
    expect(currencyDecimals('EURO')).toBeUndefined();
  });

  it('writes amounts with exactly the currency decimals', () => {
    expect(normalizeAmount('12.5', 'EUR')).toBe('12.50');
    expect(normalizeAmount('0012.50', 'EUR')).toBe('12.50');
    expect(normalizeAmount('22600', 'JPY')).toBe('22600');
    expect(normalizeAmount('22600.00', 'JPY')).toBe('22600');
    expect(normalizeAmount('1.250', 'BHD')).toBe('1.250');
    expect(normalizeAmount('-3', 'USD')).toBe('-3.00');
    expect(normalizeAmount('-0.00', 'USD')).toBe('0.00');
    expect(normalizeAmount(19.99, 'USD')).toBe('19.99');
  });

  it('refuses amounts that would need rounding, and things that are not amounts', () => {
    expect(normalizeAmount('1200.5', 'JPY')).toBeNull();
    expect(normalizeAmount('1.999', 'USD')).toBeNull();
    expect(normalizeAmount('1,50', 'EUR')).toBeNull();
    expect(normalizeAmount('1e3', 'EUR')).toBeNull();
    expect(normalizeAmount('', 'EUR')).toBeNull();
    expect(normalizeAmount(Number.NaN, 'EUR')).toBeNull();
    expect(money('10', 'usd')).toBeNull();
    expect(money(null, 'USD')).toBeNull();
    expect(money('10', 'GBP')).toEqual({ amount: '10.00', currency: 'GBP' });
  });
});
