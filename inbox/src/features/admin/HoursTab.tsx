/** Business hours per team (weekly ranges in the team's time zone) and holidays; they drive SLA timers and the assistant's promises. */
import { useVar } from '../../lib/use-var.js';
import { reportError } from '../../state/actions.js';
import { toast } from '../../state/store.js';
import { list, rangesToText, textToRanges, WEEKDAYS, type Holiday, type StoreSettings, type Team } from './settings-types.js';

type Save = (patch: Partial<StoreSettings>) => Promise<void>;

export function HoursTab(props: { settings: StoreSettings; save: Save }) {
  const settings = props.settings;
  const save = props.save;
  const teams = useVar<Team[]>(settings.supportHours.teams);
  const holidays = useVar<Holiday[]>(settings.holidays);
  const text = useVar<Record<string, string>>({});

  const cell = (ti: number, day: string) => text.value[`${ti}.${day}`] ?? rangesToText(teams.value[ti]!.schedule[day as keyof Team['schedule']] ?? []);
  const setTeam = (ti: number, patch: Partial<Team>) => teams.set(teams.value.map((t, i) => (i === ti ? { ...t, ...patch } : t)));

  const submit = async () => {
    const parsed = teams.value.map((t, ti) => ({
      ...t,
      schedule: Object.fromEntries(WEEKDAYS.map((d) => [d, textToRanges(cell(ti, d))])) as Team['schedule'],
    }));
    try {
      await save({ supportHours: { ...settings.supportHours, teams: parsed }, holidays: holidays.value });
      text.set({});
      toast('Business hours saved');
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div class="admin-grid">
      <section class="card">
        <h3>Teams and weekly hours</h3>
        <p class="small muted">Ranges like <code>09:00-13:00, 14:00-18:00</code>; empty = closed. Times are in each team's time zone.</p>
        <table class="table hours">
          <thead>
            <tr>
              <th>Team</th>
              {WEEKDAYS.map((d) => (
                <th key={d}>{d}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {teams.value.map((t, ti) => (
              <tr key={ti}>
                <td>
                  <input aria-label="Team name" value={t.name} onInput={(e) => setTeam(ti, { name: e.currentTarget.value, id: t.id || e.currentTarget.value.toLowerCase().replace(/\W+/g, '-') })} />
                  <input aria-label="Time zone" value={t.timezone} onInput={(e) => setTeam(ti, { timezone: e.currentTarget.value })} />
                  <input aria-label="Languages" value={t.languages.join(', ')} onInput={(e) => setTeam(ti, { languages: list(e.currentTarget.value) })} />
                </td>
                {WEEKDAYS.map((d) => (
                  <td key={d}>
                    <input class="input-hours" aria-label={`${t.name} ${d}`} value={cell(ti, d)} onInput={(e) => text.set({ ...text.value, [`${ti}.${d}`]: e.currentTarget.value })} />
                  </td>
                ))}
                <td>
                  <button class="btn btn-small" onClick={() => teams.set(teams.value.filter((_, i) => i !== ti))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          class="btn"
          onClick={() =>
            teams.set([...teams.value, { id: `team-${teams.value.length + 1}`, name: 'New team', timezone: settings.timezone, languages: ['en'], schedule: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']], sat: [], sun: [] } }])
          }
        >
          + Add team
        </button>
      </section>
      <section class="card">
        <h3>Holidays</h3>
        <table class="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>From</th>
              <th>To</th>
              <th>Teams (empty = all)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {holidays.value.map((h, hi) => {
              const set = (patch: Partial<Holiday>) => holidays.set(holidays.value.map((x, i) => (i === hi ? { ...x, ...patch } : x)));
              return (
                <tr key={hi}>
                  <td>
                    <input aria-label="Holiday name" value={h.name} onInput={(e) => set({ name: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input type="date" value={h.start} onInput={(e) => set({ start: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input type="date" value={h.end} onInput={(e) => set({ end: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input value={(h.teams ?? []).join(', ')} onInput={(e) => {
                      const teamIds = list(e.currentTarget.value);
                      set(teamIds.length ? { teams: teamIds } : { teams: undefined });
                    }} />
                  </td>
                  <td>
                    <button class="btn btn-small" onClick={() => holidays.set(holidays.value.filter((_, i) => i !== hi))}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button class="btn" onClick={() => holidays.set([...holidays.value, { name: 'Holiday', start: new Date().toISOString().slice(0, 10), end: new Date().toISOString().slice(0, 10) }])}>
          + Add holiday
        </button>
      </section>
      <div class="admin-save">
        <button class="btn btn-primary" onClick={() => void submit()}>
          Save hours and holidays
        </button>
      </div>
    </div>
  );
}
