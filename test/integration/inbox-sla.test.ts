import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { businessDeadline, slaStatus } from '../../server/src/inbox/sla.js';
import type { SupportTeam } from '../../server/src/support-hours/index.js';
import { handOff } from './inbox-fixtures.js';

const weekdays = (from: string, to: string): SupportTeam['schedule'] => ({
  mon: [[from, to]], tue: [[from, to]], wed: [[from, to]], thu: [[from, to]], fri: [[from, to]], sat: [], sun: [],
});
const madrid: SupportTeam = { id: 'madrid', name: 'Madrid', timezone: 'Europe/Madrid', languages: ['es', 'en'], schedule: weekdays('09:00', '18:00') };

describe('first-reply SLA in business hours', () => {
  // Friday 20 November 2026, 17:30 in Madrid (UTC+1): half an hour before closing.
  const handedOffAt = new Date('2026-11-20T16:30:00Z');
  const hours = { teams: [madrid], holidays: [] };

  it('stops the clock outside business hours', () => {
    const friday = slaStatus({ handedOffAt, firstReplyAt: null, now: new Date('2026-11-20T16:50:00Z'), targetMinutes: 60, hours });
    expect(friday).toMatchObject({ elapsedMinutes: 20, breached: false, dueAt: '2026-11-23T08:30:00.000Z' });
    const saturday = slaStatus({ handedOffAt, firstReplyAt: null, now: new Date('2026-11-21T12:00:00Z'), targetMinutes: 60, hours });
    expect(saturday).toMatchObject({ elapsedMinutes: 30, breached: false });
    const monday = slaStatus({ handedOffAt, firstReplyAt: null, now: new Date('2026-11-23T08:45:00Z'), targetMinutes: 60, hours });
    expect(monday).toMatchObject({ elapsedMinutes: 75, breached: true });
  });

  it('freezes at the first human reply', () => {
    const replied = slaStatus({ handedOffAt, firstReplyAt: new Date('2026-11-23T08:10:00Z'), now: new Date('2026-11-24T12:00:00Z'), targetMinutes: 60, hours });
    expect(replied).toMatchObject({ elapsedMinutes: 40, breached: false, firstReplyAt: '2026-11-23T08:10:00.000Z' });
  });

  it('skips holidays and counts around the clock when the store has no hours', () => {
    const holiday = { name: 'Bridge day', start: '2026-11-23', end: '2026-11-23' };
    expect(businessDeadline(handedOffAt, 60, { teams: [madrid], holidays: [holiday] })?.toISOString()).toBe('2026-11-24T08:30:00.000Z');
    expect(businessDeadline(handedOffAt, 60, { teams: [], holidays: [] })?.toISOString()).toBe('2026-11-20T17:30:00.000Z');
    const closedForever: SupportTeam = { ...madrid, schedule: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(businessDeadline(handedOffAt, 60, { teams: [closedForever], holidays: [] })).toBeNull();
  });

  describe('in the queue, with the store’s hours and target', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    });
    afterAll(() => t.close());

    it('shows each conversation’s SLA computed with the admin’s target and holidays', async () => {
      const admin = await loginAgent(t.app, { storeId: 'mini-store', role: 'admin' });
      const c = await handOff(t.app, 'mini-store', { text: 'Hola, ¿me ayudáis?', locale: 'es' });
      await t.app.db.query('UPDATE conversations SET handed_off_at = $2 WHERE id = $1', [c.id, handedOffAt]);
      t.app.inbox.now = () => new Date('2026-11-23T08:45:00Z');
      const item = async () =>
        ((await t.app.inject({ url: '/api/inbox/conversations?view=open', headers: { cookie: admin.cookie } })).json().conversations as InboxItem[]).find((i) => i.id === c.id)!;
      expect((await item()).sla).toMatchObject({ targetMinutes: 60, elapsedMinutes: 75, breached: true });

      const put = (payload: object) =>
        t.app.inject({ method: 'PUT', url: '/api/stores/mini-store/admin/settings', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload });
      expect((await put({ inbox: { slaFirstReplyMinutes: 120 }, holidays: [{ name: 'Bridge day', start: '2026-11-23', end: '2026-11-23' }] })).statusCode).toBe(200);
      expect((await item()).sla).toMatchObject({ targetMinutes: 120, elapsedMinutes: 30, breached: false, dueAt: '2026-11-24T09:30:00.000Z' });
    });
  });
});
