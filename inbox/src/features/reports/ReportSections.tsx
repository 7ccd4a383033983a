/** The sections of the reports page below the headline numbers. */
import { useVar } from '../../lib/use-var.js';
import type { CsatStats, DurationStats, ReportOverview } from './report-types.js';
import { BarList, DailyChart, Heatmap } from './charts.js';
import { count, label, minutes, percent } from './format.js';

type Props = { report: ReportOverview };

export function VolumeSection(props: Props) {
  const r = props.report;
  const zone = useVar<'store' | 'shopper'>('store');
  return (
    <>
      <section class="card wide" aria-label="Conversations per day">
        <h3>Conversations per day <span class="muted small">bars: conversations (dark: handed off) · line: automated resolution rate</span></h3>
        <DailyChart days={r.daily} />
      </section>
      <section class="card wide" aria-label="Volume heatmap">
        <div class="row-between">
          <h3>When conversations start</h3>
          <div class="tabs" role="tablist">
            <button role="tab" aria-selected={zone.value === 'store'} class={zone.value === 'store' ? 'active' : ''} onClick={() => zone.set('store')}>Store time ({r.range.timeZone})</button>
            <button role="tab" aria-selected={zone.value === 'shopper'} class={zone.value === 'shopper' ? 'active' : ''} onClick={() => zone.set('shopper')}>Shoppers' local time</button>
          </div>
        </div>
        <Heatmap grid={zone.value === 'store' ? r.heatmap.store : r.heatmap.shopper} />
      </section>
    </>
  );
}

export function OutcomesSection(props: Props) {
  const r = props.report;
  const a = r.totals.automation;
  return (
    <>
      <section class="card" aria-label="Hand-off reasons">
        <h3>Hand-off reasons</h3>
        <BarList rows={r.handoffReasons.map((h) => ({ label: label(h.reason), value: h.count, note: percent(h.share) }))} empty="No hand-offs in this range." />
      </section>
      <section class="card" aria-label="Assistant outcomes">
        <h3>Assistant conversations</h3>
        <BarList rows={[
          { label: 'Resolved', value: a.resolved },
          { label: 'Handed off', value: a.human },
          { label: 'Came back within 24 h', value: a.reopened },
          { label: 'Could not answer', value: a.unanswered },
          { label: 'Too recent to judge', value: a.pending },
        ]} />
      </section>
      <section class="card wide" aria-label="Busiest intents">
        <h3>Busiest intents</h3>
        <table class="table">
          <thead><tr><th>Intent</th><th>Conversations</th><th>Handed off</th><th>Hand-off rate</th><th>Automated resolution</th></tr></thead>
          <tbody>
            {r.intents.map((i) => (
              <tr key={i.intent}><td>{label(i.intent)}</td><td>{count(i.conversations)}</td><td>{count(i.handedOff)}</td><td>{percent(i.handoffRate)}</td><td>{percent(i.automatedResolutionRate)}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function DurationTable(props: { rows: DurationStats[]; first: string }) {
  return (
    <table class="table">
      <thead><tr><th>{props.first}</th><th>Measured</th><th>Median</th><th>p90</th><th>Mean</th></tr></thead>
      <tbody>
        {props.rows.map((d) => (
          <tr key={d.key}><td>{d.label ?? d.key}</td><td>{count(d.count)}</td><td>{minutes(d.median)}</td><td>{minutes(d.p90)}</td><td>{minutes(d.mean)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function TimesSection(props: Props) {
  const t = props.report.times;
  const by = useVar<'agent' | 'language'>('agent');
  return (
    <section class="card wide" aria-label="Response times">
      <div class="row-between">
        <h3>Response times <span class="muted small">{t.businessHours ? 'in business hours' : 'around the clock (no business hours set)'}</span></h3>
        <div class="tabs" role="tablist">
          <button role="tab" aria-selected={by.value === 'agent'} class={by.value === 'agent' ? 'active' : ''} onClick={() => by.set('agent')}>By agent</button>
          <button role="tab" aria-selected={by.value === 'language'} class={by.value === 'language' ? 'active' : ''} onClick={() => by.set('language')}>By language</button>
        </div>
      </div>
      <div class="two-col">
        <div>
          <h4>First human response <span class="muted small">{count(t.firstResponse.pending)} waiting</span></h4>
          <DurationTable first={by.value === 'agent' ? 'Agent' : 'Language'} rows={by.value === 'agent' ? t.firstResponse.byAgent : t.firstResponse.byLanguage} />
        </div>
        <div>
          <h4>Resolution <span class="muted small">{count(t.resolution.pending)} unresolved</span></h4>
          <DurationTable first={by.value === 'agent' ? 'Agent' : 'Language'} rows={by.value === 'agent' ? t.resolution.byAgent : t.resolution.byLanguage} />
        </div>
      </div>
    </section>
  );
}

const CSAT_TABS: Array<['byLanguage' | 'byMarket' | 'byIntent' | 'byAgent', string]> = [['byLanguage', 'Language'], ['byMarket', 'Market'], ['byIntent', 'Intent'], ['byAgent', 'Agent']];

export function CsatSection(props: Props) {
  const csat = props.report.csat;
  const tab = useVar<(typeof CSAT_TABS)[number][0]>('byLanguage');
  const rows: CsatStats[] = csat[tab.value];
  return (
    <section class="card wide" aria-label="CSAT">
      <div class="row-between">
        <h3>Customer satisfaction</h3>
        <div class="tabs" role="tablist">
          {CSAT_TABS.map((c) => (
            <button key={c[0]} role="tab" aria-selected={tab.value === c[0]} class={tab.value === c[0] ? 'active' : ''} onClick={() => tab.set(c[0])}>{c[1]}</button>
          ))}
        </div>
      </div>
      <table class="table">
        <thead><tr><th>{CSAT_TABS.find((c) => c[0] === tab.value)![1]}</th><th>Ratings</th><th>Satisfied</th><th>CSAT</th><th>Average (1–5)</th></tr></thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.key}><td>{label(c.label)}</td><td>{count(c.ratings)}</td><td>{count(c.satisfied)}</td><td>{percent(c.score)}</td><td>{c.average ?? '—'}</td></tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p class="muted">No ratings in this range.</p>}
    </section>
  );
}

export function OperationsSection(props: Props) {
  const r = props.report;
  return (
    <>
      <section class="card" aria-label="Compensation">
        <h3>Compensation</h3>
        {r.compensation.length === 0 ? <p class="muted">No decisions in this range.</p> : (
          <table class="table">
            <thead><tr><th>Problem</th><th>Remedy</th><th>Decision</th><th>Count</th><th>Cost</th></tr></thead>
            <tbody>
              {r.compensation.map((c) => (
                <tr key={`${c.problem}-${c.remedy}-${c.status}-${c.currency}`}><td>{label(c.problem)}</td><td>{label(c.remedy)}</td><td>{c.status}</td><td>{c.decisions}</td><td>{c.cost} {c.currency}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card" aria-label="Proactive notices">
        <h3>Proactive notices</h3>
        <BarList rows={r.proactive.map((p) => ({ label: `${label(p.kind)} · ${p.status}`, value: p.count }))} empty="No notices in this range." />
        <h4>Feedback requests</h4>
        <BarList rows={r.feedbackRequests.map((f) => ({ label: f.reason ? `${f.status} (${label(f.reason)})` : f.status, value: f.count }))} empty="No feedback requests in this range." />
      </section>
    </>
  );
}
