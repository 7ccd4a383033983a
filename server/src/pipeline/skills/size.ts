/**
 * Size and fit: from the shopper's measurements, or a size they wear elsewhere, to a size in the
 * product's chart (or, for a general question, the chart of that kind of garment), with the reason, the
 * trade-off when between sizes, the fit note, and the chart row — never guessing beyond the chart.
 */
import { t } from '../../i18n/i18n.js';
import { formatList } from '../../i18n/format.js';
import {
  chartKind, recommendSize, type BodyMeasurements, type SizeChart, type SizeRecommendation, type SizeReference,
} from '../../commerce/sizes/index.js';
import type { LabelRow } from '../../commerce/sizes/convert-label.js';
import type { MeasuredRow } from '../../commerce/sizes/types.js';
import type { SizeCardPayload } from '../../../../protocol/messages.js';
import { extractEntities, type Measurement, type SizeMention } from '../entities/index.js';
import { genderIn } from '../catalog/gender-words.js';
import { candidateCharts, garmentKindIn, loadSizeCharts } from '../catalog/size-charts.js';
import type { Skill, SkillResult, TurnContext } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { currentProduct } from './presale.js';

const MEASURE_KEYS: Partial<Record<Measurement['kind'], keyof BodyMeasurements>> = {
  bust: 'bust', chest: 'chest', waist: 'waist', hip: 'hip', inseam: 'inseam', height: 'heightCm', weight: 'weightKg', torso: 'torsoLength',
};

function bodyMeasurements(list: Measurement[]): BodyMeasurements | undefined {
  const out: BodyMeasurements = {};
  for (const m of list) {
    if (m.kind === 'foot_length') out.footLengthMm = Math.round(m.value * 10);
    const key = MEASURE_KEYS[m.kind];
    if (key) out[key] = m.value;
  }
  return Object.keys(out).length ? out : undefined;
}

function reference(sizes: SizeMention[]): SizeReference | undefined {
  const s = sizes.find((x) => ['US', 'UK', 'EU', 'JP', 'letter'].includes(x.system));
  if (!s) return undefined;
  return { system: s.system === 'letter' ? 'size' : (s.system as SizeReference['system']), value: s.value, ...(s.gender === 'men' || s.gender === 'women' ? { gender: s.gender } : {}) };
}

/** After "men's or women's?", read the answer together with the original question. */
function withPendingQuestion(ctx: TurnContext): TurnContext {
  if (ctx.state.awaiting !== 'size_gender' || typeof ctx.state.sizeQuestion !== 'string') return ctx;
  const text = `${ctx.state.sizeQuestion} ${ctx.text}`;
  return { ...ctx, text, u: { ...ctx.u, entities: extractEntities(text) } };
}

export const sizeSkill: Skill = async (original) => {
  const ctx = withPendingQuestion(original);
  const result = await advise(ctx);
  return { ...result, statePatch: { awaiting: undefined, sizeQuestion: undefined, ...result.statePatch } };
};

async function advise(ctx: TurnContext): Promise<SkillResult> {
  const locale = ctx.u.locale;
  const charts = await loadSizeCharts(ctx.db, ctx.store.id);
  const product = await currentProduct(ctx);
  let chart: SizeChart | undefined;
  let name: string;
  if (product) {
    chart = product.sizeChartId ? charts[product.sizeChartId] : undefined;
    name = product.title;
    if (!chart) return { replies: [{ text: t(locale, 'size.no_chart', { product: name }) }], answered: true, statePatch: { productId: product.id } };
  } else {
    const kind = garmentKindIn(ctx.text) ?? (ctx.u.entities.sizes.some((s) => s.category === 'shoe') ? 'shoe' : 'tops');
    const gender = genderIn(ctx.text) ?? ctx.u.entities.sizes.find((s) => s.gender === 'men' || s.gender === 'women')?.gender as 'men' | 'women' | undefined;
    const candidates = candidateCharts(charts, kind, gender);
    if (candidates.length > 1 && !gender) return { replies: [{ text: t(locale, 'size.ask_gender') }], answered: true, statePatch: { awaiting: 'size_gender', sizeQuestion: ctx.text.slice(0, 500) } };
    chart = candidates[0];
    name = chart?.title ?? '';
  }
  const measurements = bodyMeasurements(ctx.u.entities.measurements);
  const ref = reference(ctx.u.entities.sizes);
  if (!chart || (!measurements && !ref)) {
    if (product && chart) return { replies: [{ text: t(locale, 'size.ask', { product: name }) }], answered: true, statePatch: { productId: product.id } };
    return answerFromKnowledge(ctx);
  }
  const { rows } = product ? await ctx.db.query<{ fit: string | null }>(`SELECT data->'x_store'->>'fit_note' AS fit FROM products WHERE id = $1`, [product.id]) : { rows: [] };
  const fitNote = rows[0]?.fit ?? undefined;
  const rec = recommendSize({ chart, fitNote, measurements, reference: ref });
  return { ...compose(ctx, rec, chart, name, fitNote, ref, measurements), statePatch: product ? { productId: product.id } : {} };
}

function labelsOf(row: LabelRow | undefined): string {
  if (!row) return '';
  const labels = row as unknown as Record<string, unknown>;
  return (['US', 'UK', 'EU', 'JP', 'CN'] as const)
    .map((system) => (typeof labels[system] === 'string' ? `${system} ${labels[system]}` : ''))
    .filter(Boolean)
    .join(' · ');
}

function compose(ctx: TurnContext, rec: SizeRecommendation, chart: SizeChart, name: string, fitNote: string | undefined, ref: SizeReference | undefined, measured: BodyMeasurements | undefined): SkillResult {
  const locale = ctx.u.locale;
  const lines: string[] = [];
  const shoe = chartKind(chart) === 'shoe';
  const sizeName = (s: string) => (shoe ? `US ${s}` : s);
  switch (rec.kind) {
    case 'single': {
      if (ref && !measured) lines.push(t(locale, 'size.conversion', { from: ref.system === 'size' ? ref.value : `${ref.system} ${ref.value}`, chart: chart.title, to: labelsOf(rec.labels[0]) }));
      else lines.push(t(locale, 'size.single', { product: name, size: sizeName(rec.sizes[0] ?? '') }), labelsOf(rec.labels[0]));
      break;
    }
    case 'between': {
      const [smaller = '', larger = ''] = rec.sizes;
      lines.push(t(locale, 'size.between', { product: name, smaller: sizeName(smaller), larger: sizeName(larger) }));
      if (rec.tradeOff?.preferred) lines.push(t(locale, 'size.prefer', { size: sizeName(rec.tradeOff.preferred) }));
      break;
    }
    case 'out_of_range':
      lines.push(t(locale, 'size.out_of_range', { product: name }));
      break;
    case 'insufficient_data': {
      const needs = rec.reasons.find((r) => r.code === 'needs_measurements');
      const measures = needs && 'measures' in needs ? needs.measures : [];
      lines.push(t(locale, 'size.insufficient', { product: name, needed: formatList(measures.map((m) => t(locale, `size.measure.${m}`, { defaultValue: m })), locale, 'conjunction') }));
      return { replies: [{ text: lines.join(' ') }], answered: true };
    }
  }
  const governs = rec.reasons.find((r) => r.code === 'measure_governs');
  if (governs && governs.code === 'measure_governs') lines.push(t(locale, 'size.governs', { measure: t(locale, `size.measure.${governs.measure}`, { defaultValue: governs.measure }), value: `${governs.value} ${governs.unit}` }));
  if (fitNote) lines.push(t(locale, 'size.fit_note', { note: fitNote }));
  if (rec.reasons.some((r) => r.code === 'brands_differ')) lines.push(t(locale, 'size.brand_caveat'));
  return { replies: [{ text: lines.filter(Boolean).join(' '), payload: sizeCard(rec, chart, fitNote) }], answered: true };
}

function sizeCard(rec: SizeRecommendation, chart: SizeChart, fitNote: string | undefined): SizeCardPayload | undefined {
  const row = rec.rows[0];
  if (!row) return undefined;
  const measurements = Object.entries(row as MeasuredRow)
    .filter(([, v]) => typeof v === 'object' && v !== null && 'cm' in v)
    .map(([label, v]) => {
      const range = v as { cm: [number, number]; in: [number, number] };
      return { label, value: `${range.cm[0]}–${range.cm[1]} cm (${range.in[0]}–${range.in[1]} in)` };
    });
  const labels = Object.fromEntries(Object.entries(rec.labels[0] ?? {}).filter(([k, v]) => ['US', 'UK', 'EU', 'JP', 'CN'].includes(k) && typeof v === 'string')) as Record<string, string>;
  return { kind: 'size', size: rec.sizes[0] ?? '', chartTitle: chart.title, measurements, labels, fitNote: fitNote ?? null };
}
