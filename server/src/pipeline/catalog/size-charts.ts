/**
 * The store's size charts, parsed once per store (a minute's cache), and the chart a question about no
 * particular product means: shoes or clothing, tops or bottoms, men's or women's.
 */
import type { Queryable } from '../../db/types.js';
import { chartGender, chartKind, parseSizeChart, type SizeChart } from '../../commerce/sizes/index.js';
import type { MeasuredChart } from '../../commerce/sizes/types.js';
import { foldText } from '../language/index.js';
import type { ShopperGender } from './gender-words.js';

const TTL_MS = 60_000;
const cache = new Map<string, { charts: Record<string, SizeChart>; loadedAt: number }>();

export async function loadSizeCharts(q: Queryable, storeId: string): Promise<Record<string, SizeChart>> {
  const cached = cache.get(storeId);
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.charts;
  const { rows } = await q.query<{ id: string; data: unknown }>('SELECT id, data FROM size_charts WHERE store_id = $1', [storeId]);
  const charts: Record<string, SizeChart> = {};
  for (const row of rows) {
    const parsed = parseSizeChart(row.data);
    if (parsed.ok) charts[row.id] = parsed.value;
  }
  cache.set(storeId, { charts, loadedAt: Date.now() });
  return charts;
}

const SHOES = /shoe|sneaker|trainer|boot|sandal|runner|footwear|zapat|zapatilla|bota|calzado|sandalia|schuh|stiefel|sandale|chaussure|basket|botte|scarpe|scarpa|stival|sapato|tenis|ténis|bota|schoen|laars|sneakers|靴|シューズ|スニーカー|ブーツ|鞋|靴子|운동화|신발/;
const BOTTOMS = /pant|trouser|jean|short|legging|skirt|hose|jeans|pantal|falda|jupe|gonna|calca|calça|broek|rok|パンツ|ズボン|ジーンズ|裤|牛仔/;
const OUTERWEAR = /jacket|coat|parka|anorak|raincoat|chaquet|abrigo|plumifero|jacke|mantel|veste|manteau|doudoune|impermeable|giacc|cappott|piumino|casaco|jaqueta|jas\b|jassen|ジャケット|コート|ダウン|外套|夹克|羽绒|大衣/;
const SOCKS = /sock|calcetin|socke|chaussette|calzin|meia|sokken|靴下|ソックス|袜/;
// "calzo un 39", "shoe size 44", "我穿42码的鞋": the verb or noun says shoes even without a product word.
const SHOE_SIZE_WORDS = /\bcalz[oa]r?\b|shoe size|schuhgr|pointure|numero di scarpe|schoenmaat|靴のサイズ|鞋码/;

export type GarmentKind = 'shoe' | 'socks' | 'bottoms' | 'outerwear' | 'tops';

export function garmentKindIn(text: string): GarmentKind | undefined {
  const folded = foldText(text).toLowerCase();
  if (SOCKS.test(folded)) return 'socks';
  if (SHOES.test(folded) || SHOE_SIZE_WORDS.test(folded)) return 'shoe';
  if (BOTTOMS.test(folded)) return 'bottoms';
  if (OUTERWEAR.test(folded)) return 'outerwear';
  return undefined;
}

/**
 * Trousers and jeans charts are read by waist (and hip, inseam), tops by chest or bust: the chart's
 * own measurements say which it is ("Men's knitwear, shirts, … and swim shorts" is a tops chart).
 */
function isBottomsChart(chart: MeasuredChart): boolean {
  const measures = new Set(chart.measurements ?? []);
  if (chart.inseam_by_length) return true;
  if (measures.has('chest') || measures.has('bust')) return false;
  return measures.has('waist') || measures.has('hip') || BOTTOMS.test(`${chart.id} ${chart.title}`.toLowerCase());
}

/** Charts that fit the garment kind and gender; several when the gender is still unknown. */
export function candidateCharts(charts: Record<string, SizeChart>, kind: GarmentKind, gender: ShopperGender | undefined): SizeChart[] {
  const all = Object.values(charts).filter((chart) => {
    const k = chartKind(chart);
    if (kind === 'shoe') return k === 'shoe';
    if (kind === 'socks') return k === 'socks';
    if (k !== 'measured') return false;
    const name = `${chart.id} ${chart.title}`.toLowerCase();
    if (isBottomsChart(chart as MeasuredChart)) return kind === 'bottoms';
    if (kind === 'bottoms') return false;
    // Tops and outerwear share charts in small stores; a chart of the asked kind comes first (below).
    return /top|shirt|jacket|knit|coat|dress|outer|sweater/i.test(name);
  });
  // Outerwear charts for coats, the others for knitwear and shirts — when the store has both kinds.
  const isOuterwear = (c: SizeChart) => OUTERWEAR.test(`${c.id} ${c.title}`.toLowerCase()) || /outer/i.test(c.id);
  const ofKind = all.filter((c) => (kind === 'outerwear') === isOuterwear(c));
  const pool = ofKind.length > 0 ? ofKind : all;
  const fitting = gender ? pool.filter((c) => chartGender(c) === gender || chartGender(c) === undefined) : pool;
  // The shopper's gender before unisex; otherwise id order, so the choice never depends on load order.
  const rank = (c: SizeChart) => (gender && chartGender(c) === gender ? 0 : 1);
  return [...fitting].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}
