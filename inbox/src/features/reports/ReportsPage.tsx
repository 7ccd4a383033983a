/** Reports for store admins: conversations, automation, hand-offs, response times, CSAT, volume, CSV export. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { api } from '../../lib/api.js';
import { reportError } from '../../state/actions.js';
import type { Dimensions, ReportFilterValues, ReportOverview } from './report-types.js';
import { ReportFilters, defaultRange } from './ReportFilters.js';
import { StorePicker, useStoreChoice } from './use-store-choice.js';
import { count, filterQuery, minutes, percent } from './format.js';
import { CsatSection, TimesSection, VolumeSection, OutcomesSection, OperationsSection } from './ReportSections.js';
import { InsightsSettingsCard } from './InsightsSettingsCard.js';

const EXPORTS: Array<[string, string]> = [
  ['summary', 'Summary'], ['daily', 'Daily'], ['handoff-reasons', 'Hand-off reasons'], ['intents', 'Intents'],
  ['csat', 'CSAT'], ['response-times', 'Response times'], ['heatmap', 'Heatmap'], ['compensation', 'Compensation'],
];

const EMPTY: ReportFilterValues = { from: '', to: '', market: '', language: '', channel: '', intent: '' };

function Kpi(props: { label: string; value: string; hint: string }) {
  return (
    <div class="kpi card" data-kpi={props.label}>
      <div class="kpi-label">{props.label}</div>
      <div class="kpi-value">{props.value}</div>
      <div class="kpi-hint muted small">{props.hint}</div>
    </div>
  );
}

export function ReportsPage() {
  const choice = useStoreChoice('admin');
  const storeId = choice.storeId.value;
  const dimensions = useVar<Dimensions | null>(null);
  const filters = useVar<ReportFilterValues>(EMPTY);
  const report = useVar<ReportOverview | null>(null);
  const loading = useVar(false);

  useEffect(() => {
    if (!storeId) return;
    api.get<Dimensions>(`/api/stores/${storeId}/reports/dimensions`).then((d) => {
      dimensions.set(d);
      filters.set({ ...EMPTY, ...defaultRange(d.timeZone, 30) });
    }, reportError);
  }, [storeId]);

  const query = filterQuery({ ...filters.value });
  useEffect(() => {
    if (!storeId || !filters.value.from) return;
    loading.set(true);
    api.get<ReportOverview>(`/api/stores/${storeId}/reports${query}`).then(
      (r) => {
        report.set(r);
        loading.set(false);
      },
      (err: unknown) => {
        loading.set(false);
        reportError(err);
      },
    );
  }, [storeId, query]);

  if (!storeId) return <main class="admin insights"><p class="pane-message">Reports are for store admins.</p></main>;
  const r = report.value;
  const t = r?.totals;
  return (
    <main class="admin insights" aria-label="Reports" aria-busy={loading.value}>
      <header class="admin-header">
        <h2>Reports</h2>
        <StorePicker choice={choice} />
        <span class="spacer" />
        <details class="menu-wrap export-menu">
          <summary class="btn btn-small">Export CSV</summary>
          <div class="menu">
            {EXPORTS.map((e) => (
              <a key={e[0]} class="menu-item" href={`/api/stores/${storeId}/reports/export.csv${filterQuery({ ...filters.value, section: e[0] })}`} download>
                {e[1]}
              </a>
            ))}
          </div>
        </details>
      </header>
      <div class="admin-body">
        <ReportFilters dimensions={dimensions.value} filters={filters} />
        {!r || !t ? (
          <p class="pane-message">Loading…</p>
        ) : (
          <div class="report-grid">
            <div class="kpis">
              <Kpi label="Conversations" value={count(t.conversations)} hint={`${r.range.from} – ${r.range.to}`} />
              <Kpi label="Automated resolution" value={percent(t.automatedResolutionRate)} hint={`${count(t.automatedResolved)} of ${count(t.automatedEvaluated)} assistant conversations`} />
              <Kpi label="Hand-off rate" value={percent(t.handoffRate)} hint={`${count(t.handedOff)} handed to people`} />
              <Kpi label="First response" value={minutes(r.times.firstResponse.median)} hint={`median${r.times.businessHours ? ', business hours' : ''}; p90 ${minutes(r.times.firstResponse.p90)}`} />
              <Kpi label="Resolution time" value={minutes(r.times.resolution.median)} hint={`median; ${count(r.times.resolution.pending)} unresolved`} />
              <Kpi label="CSAT" value={percent(r.csat.overall?.score)} hint={`${count(r.csat.overall?.ratings ?? 0)} ratings${r.csat.overall?.average ? `, ${r.csat.overall.average} / 5` : ''}`} />
            </div>
            <VolumeSection report={r} />
            <OutcomesSection report={r} />
            <TimesSection report={r} />
            <CsatSection report={r} />
            <OperationsSection report={r} />
            <InsightsSettingsCard storeId={storeId} />
          </div>
        )}
      </div>
    </main>
  );
}
