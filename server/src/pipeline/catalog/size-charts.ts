/**
 * The store's size charts, parsed once per store (a minute's cache), and the chart a question about no
 * particular product means: shoes or clothing, tops or bottoms, men's or women's.
 */
import type { Queryable } from '../../db/types.js';
import { chartGender, chartKind, parseSizeChart, type SizeChart } from '../../commerce/sizes/index.js';
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
const SOCKS = /sock|calcetin|socke|chaussette|calzin|meia|sokken|靴下|ソックス|袜/;
// "calzo un 39", "shoe size 44", "我穿42码的鞋": the verb or noun says shoes even without a product word.
const SHOE_SIZE_WORDS = /\bcalz[oa]r?\b|shoe size|schuhgr|pointure|numero di scarpe|schoenmaat|靴のサイズ|鞋码/;

export type GarmentKind = 'shoe' | 'socks' | 'bottoms' | 'tops';

export function garmentKindIn(text: string): GarmentKind | undefined {
  const folded = foldText(text).toLowerCase();
  if (SOCKS.test(folded)) return 'socks';
  if (SHOES.test(folded) || SHOE_SIZE_WORDS.test(folded)) return 'shoe';
  if (BOTTOMS.test(folded)) return 'bottoms';
  return undefined;
}

/** Charts that fit the garment kind and gender; several when the gender is still unknown. */
export function candidateCharts(charts: Record<string, SizeChart>, kind: GarmentKind, gender: ShopperGender | undefined): SizeChart[] {
  const all = Object.values(charts).filter((chart) => {
    const k = chartKind(chart);
    if (kind === 'shoe') return k === 'shoe';
    if (kind === 'socks') return k === 'socks';
    if (k !== 'measured') return false;
    const bottoms = BOTTOMS.test(`${chart.id} ${chart.title}`.toLowerCase());
    return kind === 'bottoms' ? bottoms : !bottoms && /top|shirt|jacket|knit|coat|dress|outer|sweater/i.test(`${chart.id} ${chart.title}`);
  });
  return gender ? all.filter((c) => chartGender(c) === gender || chartGender(c) === undefined) : all;
}
