/** Store, date range (the store's local days) and filters shared by the reports and gaps pages. */
import type { Var } from '../../lib/use-var.js';
import type { Dimensions, ReportFilterValues } from './report-types.js';
import { addDaysIso, isoDay, label } from './format.js';

export function defaultRange(timeZone: string, days: number): Pick<ReportFilterValues, 'from' | 'to'> {
  const to = isoDay(new Date(), timeZone);
  return { from: addDaysIso(to, -(days - 1)), to };
}

const PRESETS: Array<[number, string]> = [[7, '7 days'], [30, '30 days'], [90, '90 days']];

function Select(props: { name: keyof ReportFilterValues; all: string; options: string[]; filters: Var<ReportFilterValues> }) {
  const value = props.filters.value[props.name];
  return (
    <select
      aria-label={props.all}
      name={props.name}
      value={value}
      onChange={(e) => {
        const next = e.currentTarget.value;
        props.filters.set((f) => ({ ...f, [props.name]: next }));
      }}
    >
      <option value="">{props.all}</option>
      {props.options.map((o) => (
        <option key={o} value={o}>{label(o)}</option>
      ))}
    </select>
  );
}

export function ReportFilters(props: { dimensions: Dimensions | null; filters: Var<ReportFilterValues>; show?: Array<'market' | 'language' | 'channel' | 'intent'> }) {
  const d = props.dimensions;
  const f = props.filters;
  const show = props.show ?? ['market', 'language', 'channel', 'intent'];
  const setDate = (name: 'from' | 'to', value: string) => f.set((v) => ({ ...v, [name]: value }));
  return (
    <div class="report-filters">
      <div class="btn-group" role="group" aria-label="Range">
        {PRESETS.map((p) => (
          <button key={p[0]} class="btn btn-small" data-range={p[0]} onClick={() => d && f.set((v) => ({ ...v, ...defaultRange(d.timeZone, p[0]) }))}>
            {p[1]}
          </button>
        ))}
      </div>
      <label class="field-inline">From <input type="date" name="from" value={f.value.from} max={f.value.to} onChange={(e) => setDate('from', e.currentTarget.value)} /></label>
      <label class="field-inline">To <input type="date" name="to" value={f.value.to} min={f.value.from} onChange={(e) => setDate('to', e.currentTarget.value)} /></label>
      {d && show.includes('market') && <Select name="market" all="All markets" options={d.markets} filters={f} />}
      {d && show.includes('language') && <Select name="language" all="All languages" options={d.languages} filters={f} />}
      {d && show.includes('channel') && <Select name="channel" all="All channels" options={d.channels} filters={f} />}
      {d && show.includes('intent') && <Select name="intent" all="All intents" options={d.intents} filters={f} />}
      {d && <span class="muted small">Days in {d.timeZone}</span>}
    </div>
  );
}
