/**
 * Size and fit: from the shopper's measurements, or a size they wear elsewhere, to a size in the
 * product's chart (or, for a general question, the chart of that kind of garment), with the reason, the
 * trade-off when between sizes, the fit note, and the chart row — never guessing beyond the chart.
 * Answers use the product's own size labels (EU for shoes sold in EU sizes) and remember the chart, so a
 * follow-up with just a measurement still knows what it is for.
 */
import { t } from '../../i18n/i18n.js';
import { formatList } from '../../i18n/format.js';
import {
  chartKind, recommendSize, type BodyMeasurements, type SizeChart, type SizeRecommendation, type SizeReference,
} from '../../commerce/sizes/index.js';
import type { LabelRow } from '../../commerce/sizes/convert-label.js';
import type { MeasuredChart, MeasuredRow } from '../../commerce/sizes/types.js';
import type { SizeCardPayload } from '../../../../protocol/messages.js';
import { extractEntities, type Measurement, type SizeMention } from '../entities/index.js';
import { genderIn, type ShopperGender } from '../catalog/gender-words.js';
import { candidateCharts, garmentKindIn, loadSizeCharts } from '../catalog/size-charts.js';
import type { CatalogProduct } from '../catalog/product-mentions.js';
import type { Skill, SkillResult, TurnContext } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { currentProduct } from './presale.js';

const LABEL_SYSTEMS = ['US', 'UK', 'EU', 'JP', 'CN'] as const;
type LabelSystem = (typeof LABEL_SYSTEMS)[number];

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

interface ChartChoice {
  chart?: SizeChart;
  product?: CatalogProduct;
  gender?: ShopperGender;
  /** Ask this instead (which gender), or say the product has no sizes. */
  reply?: SkillResult;
}

async function chooseChart(ctx: TurnContext, charts: Record<string, SizeChart>): Promise<ChartChoice> {
  const locale = ctx.u.locale;
  const product = await currentProduct(ctx);
  if (product) {
    const chart = product.sizeChartId ? charts[product.sizeChartId] : undefined;
    if (!chart) return { product, reply: { replies: [{ text: t(locale, 'size.no_chart', { product: product.title }) }], answered: true, statePatch: { productId: product.id } } };
    const gender = genderIn(ctx.text); // "je fais du M dans vos pulls femme": the shopper's own size is a women's one
    return { chart, product, ...(gender ? { gender } : {}) };
  }
  const sizes = ctx.u.entities.sizes;
  const gender = genderIn(ctx.text) ?? (sizes.find((s) => s.gender === 'men' || s.gender === 'women')?.gender as ShopperGender | undefined) ?? (ctx.state.sizeGender as ShopperGender | undefined);
  const kind = garmentKindIn(ctx.text) ?? (sizes.some((s) => s.category === 'shoe') ? 'shoe' : undefined);
  const previous = typeof ctx.state.sizeChartId === 'string' ? charts[ctx.state.sizeChartId] : undefined;
  if (!kind && previous) return { chart: previous, gender };
  const candidates = candidateCharts(charts, kind ?? 'tops', gender);
  if (candidates.length > 1 && !gender) {
    return { reply: { replies: [{ text: t(locale, 'size.ask_gender') }], answered: true, statePatch: { awaiting: 'size_gender', sizeQuestion: ctx.text.slice(0, 500) } } };
  }
  return { chart: candidates[0], gender };
}

async function advise(ctx: TurnContext): Promise<SkillResult> {
  const locale = ctx.u.locale;
  const charts = await loadSizeCharts(ctx.db, ctx.store.id);
  const choice = await chooseChart(ctx, charts);
  if (choice.reply) return choice.reply;
  const { chart, product, gender } = choice;
  if (!chart) return answerFromKnowledge(ctx);
  const name = product?.title ?? chart.title;
  const remember = { sizeChartId: chart.id, ...(gender ? { sizeGender: gender } : {}), ...(product ? { productId: product.id } : {}) };
  const measurements = bodyMeasurements(ctx.u.entities.measurements, chart);
  const ref = reference(ctx.u.entities.sizes, chart, gender);
  const fitNote = product ? await fitNoteOf(ctx, product.id) : undefined;
  if (!measurements && !ref) {
    if (product) {
      const lines = [t(locale, 'size.ask_for', { product: name, needed: neededMeasures(chart, locale) })];
      if (fitNote) lines.push(t(locale, 'size.fit_note', { note: fitNote }));
      return { replies: [{ text: lines.join(' ') }], answered: true, statePatch: remember };
    }
    return { ...(await answerFromKnowledge(ctx)), statePatch: remember };
  }
  const rec = recommendSize({ chart, fitNote, measurements, reference: ref });
  const system = displaySystem(chart, product, ref);
  return { ...compose(ctx, rec, chart, name, fitNote, ref, measurements, system), statePatch: remember };
}

async function fitNoteOf(ctx: TurnContext, productId: string): Promise<string | undefined> {
  const { rows } = await ctx.db.query<{ fit: string | null }>(`SELECT data->'x_store'->>'fit_note' AS fit FROM products WHERE id = $1`, [productId]);
  return rows[0]?.fit ?? undefined;
}

const MEASURE_KEYS: Partial<Record<Measurement['kind'], keyof BodyMeasurements>> = {
  bust: 'bust', chest: 'chest', waist: 'waist', hip: 'hip', inseam: 'inseam', height: 'heightCm', weight: 'weightKg', torso: 'torsoLength',
};

/** Measurements keyed as the chart reads them ("pecho" is bust or chest: whichever the chart has). */
function bodyMeasurements(list: Measurement[], chart: SizeChart): BodyMeasurements | undefined {
  const measures = new Set((chart as MeasuredChart).measurements ?? []);
  const out: BodyMeasurements = {};
  for (const m of list) {
    if (m.kind === 'foot_length') out.footLengthMm = Math.round(m.value * 10);
    let key = MEASURE_KEYS[m.kind];
    if (key === 'bust' && !measures.has('bust') && measures.has('chest')) key = 'chest';
    if (key === 'chest' && !measures.has('chest') && measures.has('bust')) key = 'bust';
    if (key) out[key] = m.value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The shopper's own size, in a system the chart has (a bare "39" for shoes is EU; JP shoe sizes are cm). */
function reference(sizes: SizeMention[], chart: SizeChart, gender: ShopperGender | undefined): SizeReference | undefined {
  const s = sizes[0];
  if (!s) return undefined;
  const labels = chartLabelSystems(chart);
  const sizeLabels = new Set(chart.rows.map((r) => String((r as { size?: unknown }).size ?? '')));
  let system: SizeReference['system'];
  let value = s.value;
  switch (s.system) {
    case 'letter':
      // "日本サイズでL": a letter size in another country's convention reads in that column.
      system = s.region && labels.includes(s.region as LabelSystem) ? (s.region as LabelSystem) : 'size';
      break;
    case 'waist_length':
      system = 'size';
      value = String(s.waist ?? s.numeric ?? s.value);
      break;
    case 'CM':
      system = 'JP';
      break;
    case 'numeric':
    case 'FR':
    case 'IT':
      system = sizeLabels.has(s.value) ? 'size' : 'EU';
      break;
    default:
      system = s.system as SizeReference['system'];
  }
  if (system !== 'size' && !labels.includes(system as LabelSystem)) return undefined;
  const g = s.gender === 'men' || s.gender === 'women' ? s.gender : gender;
  return { system, value, ...(g ? { gender: g } : {}) };
}

function chartLabelSystems(chart: SizeChart): LabelSystem[] {
  const rows = chartKind(chart) === 'measured' ? ((chart as MeasuredChart).label_conversions ?? []) : (chart.rows as unknown as Record<string, unknown>[]);
  return LABEL_SYSTEMS.filter((sys) => rows.some((r) => typeof (r as Record<string, unknown>)[sys] === 'string'));
}

/** Which labels the answer uses: the product's own (its size option values), else the shopper's. */
function displaySystem(chart: SizeChart, product: CatalogProduct | undefined, ref: SizeReference | undefined): LabelSystem | 'size' {
  if (chartKind(chart) !== 'shoe') return 'size';
  if (product?.sizeValues.length) {
    const rows = chart.rows as unknown as Record<string, unknown>[];
    const system = LABEL_SYSTEMS.find((sys) => product.sizeValues.every((v) => rows.some((r) => r[sys] === v)));
    if (system) return system;
  }
  return ref && ref.system !== 'size' ? ref.system : 'EU';
}

function neededMeasures(chart: SizeChart, locale: string): string {
  const measures = chartKind(chart) === 'shoe' ? ['foot_length'] : ((chart as MeasuredChart).measurements ?? []);
  return formatList(measures.map((m) => t(locale, `size.measure.${m}`, { defaultValue: m })), locale, 'conjunction');
}

function labelsOf(row: LabelRow | undefined, except?: string): string {
  if (!row) return '';
  const labels = row as unknown as Record<string, unknown>;
  return LABEL_SYSTEMS.filter((s) => s !== except && typeof labels[s] === 'string').map((s) => `${s} ${labels[s]}`).join(' · ');
}

function compose(
  ctx: TurnContext, rec: SizeRecommendation, chart: SizeChart, name: string, fitNote: string | undefined,
  ref: SizeReference | undefined, measured: BodyMeasurements | undefined, system: LabelSystem | 'size',
): SkillResult {
  const locale = ctx.u.locale;
  const lines: string[] = [];
  const rowFor = (size: string) => rec.labels[rec.sizes.indexOf(size)] as Record<string, unknown> | undefined;
  const sizeName = (size: string) => {
    if (system === 'size') {
      const length = rec.length?.kind === 'single' ? rec.length.options[0] : undefined;
      if (!length) return size;
      return /^\d+$/.test(length) && /^\d+$/.test(size) ? `W${size} L${length}` : `${size} (${length})`;
    }
    const row = rowFor(size);
    return row && typeof row[system] === 'string' ? `${system} ${row[system]}` : `US ${size}`;
  };
  switch (rec.kind) {
    case 'single': {
      const size = rec.sizes[0] ?? '';
      if (ref && !measured) lines.push(t(locale, 'size.conversion', { from: ref.system === 'size' ? ref.value : `${ref.system} ${ref.value}`, chart: name, to: sizeName(size) }));
      else lines.push(t(locale, 'size.single', { product: name, size: sizeName(size) }));
      const others = labelsOf(rec.labels[0], system === 'size' ? undefined : system);
      if (others) lines.push(`(${others})`);
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
      // "Which length for 175 cm?": the length can be said even when the waist size can't.
      const byHeight = rec.reasons.find((r) => r.code === 'length_from_height');
      if (byHeight && byHeight.code === 'length_from_height') lines.push(t(locale, 'size.length_from_height', { product: name, height: byHeight.heightCm, length: byHeight.length, inseam: byHeight.lengthCm }));
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
  const labels = Object.fromEntries(Object.entries(rec.labels[0] ?? {}).filter(([k, v]) => (LABEL_SYSTEMS as readonly string[]).includes(k) && typeof v === 'string')) as Record<string, string>;
  return { kind: 'size', size: rec.sizes[0] ?? '', chartTitle: chart.title, measurements, labels, fitNote: fitNote ?? null };
}
