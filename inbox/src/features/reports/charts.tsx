/** Small SVG and CSS charts for the reports page (no chart library: the inbox ships one bundle). */
import { count, percent } from './format.js';

interface DailyPoint {
  day: string;
  conversations: number;
  handedOff: number;
  automatedResolutionRate: number | null;
}

const W = 720;
const H = 200;
const PAD = 28;

/** Conversations per day (bars, hand-offs darker) and the automated resolution rate (line, right axis). */
export function DailyChart(props: { days: DailyPoint[] }) {
  const days = props.days;
  const max = Math.max(1, ...days.map((d) => d.conversations));
  const step = (W - 2 * PAD) / Math.max(1, days.length);
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const rateY = (r: number) => H - PAD - r * (H - 2 * PAD);
  const line = days
    .map((d, i) => (d.automatedResolutionRate === null ? null : `${(PAD + i * step + step / 2).toFixed(1)},${rateY(d.automatedResolutionRate).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .join(' ');
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Conversations per day and automated resolution rate">
      <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} class="axis" />
      <text x={PAD - 4} y={PAD} class="tick" text-anchor="end">{count(max)}</text>
      <text x={W - PAD + 4} y={PAD} class="tick">100%</text>
      {days.map((d, i) => (
        <g key={d.day}>
          <rect x={PAD + i * step + 1} y={y(d.conversations)} width={Math.max(1, step - 2)} height={H - PAD - y(d.conversations)} class="bar">
            <title>{`${d.day}: ${d.conversations} conversations, ${d.handedOff} handed off, ${percent(d.automatedResolutionRate)} automated`}</title>
          </rect>
          <rect x={PAD + i * step + 1} y={y(d.handedOff)} width={Math.max(1, step - 2)} height={H - PAD - y(d.handedOff)} class="bar-handoff" />
          {i % labelEvery === 0 && <text x={PAD + i * step + step / 2} y={H - PAD + 14} class="tick" text-anchor="middle">{d.day.slice(5)}</text>}
        </g>
      ))}
      {line && <polyline points={line} class="rate-line" />}
    </svg>
  );
}

/** Horizontal bars with a value and an optional note. */
export function BarList(props: { rows: Array<{ label: string; value: number; note?: string }>; empty?: string }) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  if (props.rows.length === 0) return <p class="muted">{props.empty ?? 'Nothing in this range.'}</p>;
  return (
    <ul class="bar-list">
      {props.rows.map((r) => (
        <li key={r.label}>
          <span class="bar-label">{r.label}</span>
          <span class="bar-track"><span class="bar-fill" style={{ width: `${(r.value / max) * 100}%` }} /></span>
          <span class="bar-value">{count(r.value)}{r.note ? <span class="muted"> · {r.note}</span> : null}</span>
        </li>
      ))}
    </ul>
  );
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** 7 × 24 grid, darker = more conversations started. */
export function Heatmap(props: { grid: number[][] }) {
  const max = Math.max(1, ...props.grid.flat());
  return (
    <table class="heatmap" aria-label="Conversations started by weekday and hour">
      <thead>
        <tr>
          <th />
          {Array.from({ length: 24 }, (_, h) => <th key={h}>{h % 3 === 0 ? h : ''}</th>)}
        </tr>
      </thead>
      <tbody>
        {props.grid.map((row, d) => (
          <tr key={d}>
            <th>{WEEKDAYS[d]}</th>
            {row.map((n, h) => (
              <td key={h} style={{ background: `rgba(79, 70, 229, ${(0.06 + 0.94 * (n / max)).toFixed(3)})` }} title={`${WEEKDAYS[d]} ${h}:00 – ${n}`} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
