import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateStore } from '../../../scripts/demo-store/validate/index.js';
import { STORE_DIR } from './paths.js';

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A copy of the demo store with one file edited, validated. */
function validateWith(file: string, edit: (data: any) => void): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  dir = mkdtempSync(join(tmpdir(), 'demo-store-'));
  cpSync(STORE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return validateStore(dir).map((i) => `${i.file} [${i.where}] ${i.message}`);
}

const byName = (orders: Rec[], name: string): Rec => {
  const o = orders.find((x) => x.name === name);
  if (!o) throw new Error(`no order ${name}`);
  return o;
};

describe('validateStore catches broken data', () => {
  it('a line item priced differently from its price list', () => {
    const issues = validateWith('orders.json', (orders: Rec[]) => {
      byName(orders, '#2001').line_items[0].price = '99.00';
    });
    expect(issues.join('\n')).toMatch(/#2001 line .*price 99\.00 ≠ US list price/);
  });

  it('a total that does not add up', () => {
    const issues = validateWith('orders.json', (orders: Rec[]) => {
      byName(orders, '#2017').total_price = '365.00';
    });
    expect(issues.join('\n')).toMatch(/#2017.*total_price 365\.00/);
  });

  it('standard shipping charged above the free-shipping threshold', () => {
    const issues = validateWith('orders.json', (orders: Rec[]) => {
      const o = byName(orders, '#2027');
      o.shipping_lines[0].price = '5.95';
    });
    expect(issues.join('\n')).toMatch(/#2027.*shipping 595 ≠ policy 0/);
  });

  it('a tracking number with a wrong check digit', () => {
    const issues = validateWith('tracking.json', (tracking: Rec[]) => {
      const t = tracking.find((x) => x.carrier === 'ups');
      if (!t) throw new Error('no UPS parcel');
      const n: string = t.tracking_number;
      t.tracking_number = n.slice(0, -1) + String((Number(n.slice(-1)) + 1) % 10);
    });
    expect(issues.join('\n')).toMatch(/wrong check digit for ups-1z/);
    expect(issues.join('\n')).toMatch(/missing entry for/);
  });

  it('a checkpoint after eval_now', () => {
    const issues = validateWith('tracking.json', (tracking: Rec[]) => {
      const t = tracking[0] as Rec;
      t.checkpoints.push({ ...t.checkpoints.at(-1), time: '2026-12-01T10:00:00+01:00' });
    });
    expect(issues.join('\n')).toMatch(/is after eval_now/);
  });

  it('a customer whose orders_count is wrong', () => {
    const issues = validateWith('customers.json', (customers: Rec[]) => {
      (customers[0] as Rec).orders_count += 1;
    });
    expect(issues.join('\n')).toMatch(/orders_count \d+ but \d+ orders/);
  });

  it('a first-order code used on a second order', () => {
    const issues = validateWith('orders.json', (orders: Rec[]) => {
      const o = byName(orders, '#2017');
      o.discount_codes[0].code = 'WELCOME10';
    });
    expect(issues.join('\n')).toMatch(/#2017.*WELCOME10 is for a first order only/);
  });

  it('an approved return of a final-sale item', () => {
    const issues = validateWith('returns.json', (returns: Rec[]) => {
      const r = returns.find((x) => x.status === 'rejected' && x.items[0].sku.startsWith('HH-OCB'));
      if (!r) throw new Error('no rejected underwear return');
      r.status = 'approved';
    });
    expect(issues.join('\n')).toMatch(/final sale and cannot be returned/);
  });

  it('a warehouse status that contradicts the order', () => {
    const issues = validateWith('orders.json', (orders: Rec[]) => {
      byName(orders, '#2047').x_store.warehouse_status = 'shipped';
    });
    expect(issues.join('\n')).toMatch(/#2047.*warehouse_status shipped/);
  });
});
