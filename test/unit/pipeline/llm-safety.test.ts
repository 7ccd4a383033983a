import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../../server/src/pipeline/llm/grounding.js';
import { redactPersonalData } from '../../../server/src/pipeline/llm/redact.js';
import { CircuitBreaker } from '../../../server/src/pipeline/llm/circuit-breaker.js';
import { GroundedStream } from '../../../server/src/pipeline/llm/sentence-stream.js';
import { renderPrompt, storePromptSettings } from '../../../server/src/pipeline/llm/prompts.js';

describe('grounding check', () => {
  const evidence = ['Order #2041 shipped with DHL Paket, tracking 00340434123456789012. Expected 24 Nov 2026. Returns within 45 days; express 3–6 business days.'];
  it('accepts facts found in the evidence, in other spellings too', () => {
    expect(checkGrounding('Your order #2041 is on its way (00340434123456789012); express takes 3-6 business days.', evidence).grounded).toBe(true);
  });
  it('rejects invented numbers, dates and prices', () => {
    const r = checkGrounding('You can return it within 60 days and we refund €20.', evidence);
    expect(r.grounded).toBe(false);
    expect(r.unsupported).toEqual(expect.arrayContaining(['60']));
  });
});

describe('personal data kept out of prompts', () => {
  it('replaces emails, phone and card numbers, keeps order and tracking numbers', () => {
    const out = redactPersonalData('I am anna@example.com, +49 170 1234567, card 4111 1111 1111 1111, order #2041, parcel 00340434123456789012');
    expect(out).not.toMatch(/anna@|170 1234567|4111 1111/);
    expect(out).toContain('#2041');
    expect(out).toContain('00340434123456789012');
  });
  it('can be switched off', () => {
    expect(redactPersonalData('anna@example.com', { enabled: false })).toBe('anna@example.com');
  });
});

describe('circuit breaker', () => {
  it('opens after repeated failures, lets one trial through after the cool-down, closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker(3, 1000, () => now);
    b.failure();
    b.failure();
    expect(b.tryAcquire()).toBe(true);
    b.failure();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    now = 1500;
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // one trial at a time
    b.success();
    expect(b.state).toBe('closed');
  });

  it('opens on the first timeout: a hung endpoint times out every call in flight', () => {
    const b = new CircuitBreaker(3, 1000, () => 0);
    b.failure('timeout');
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
  });
});

describe('grounded streaming', () => {
  it('streams plain words at once, holds sentences with numbers until they are checked', () => {
    const emitted: string[] = [];
    const s = new GroundedStream(() => ['Delivered on 12 Nov.'], (t) => emitted.push(t));
    s.push('Good ');
    s.push('news! ');
    expect(emitted[emitted.length - 1]).toBe('Good news! ');
    s.push('It arrived on 12 ');
    const before = emitted.length;
    s.push('Nov.');
    expect(emitted.length).toBe(before + 1);
    expect(s.end()).toBe(true);
  });
  it('stops at the first unsupported sentence', () => {
    const emitted: string[] = [];
    const s = new GroundedStream(() => ['nothing relevant'], (t) => emitted.push(t));
    s.push('Refunds take 99 days.');
    expect(s.end()).toBe(false);
    expect(emitted.join('')).not.toContain('99');
  });
});

describe('prompts', () => {
  it('renders versioned prompt files with per-store settings and refuses missing values', () => {
    const settings = storePromptSettings({ prompts: { tone: 'warm', forbiddenTopics: ['competitors'] } });
    const { text, version } = renderPrompt('assistant.system', {
      store: 'Harbor & Hem', language: 'German (de)', tone: settings.tone, brandVoice: '', forbiddenTopics: settings.forbiddenTopics.join('; '),
      now: '2026-11-23T09:00:00Z', storeTimeZone: 'Europe/Amsterdam', identity: 'an anonymous visitor',
    });
    expect(version).toBeGreaterThan(0);
    expect(text).toContain('Harbor & Hem');
    expect(text).toContain('competitors');
    expect(() => renderPrompt('assistant.system', { store: 'x' })).toThrow(/needs a value/);
  });
});
