/**
 * Which of the store's products a sentence talks about ("the fill power of the women's Summit parka?").
 * Product titles (and their translations) are split into words; words that appear in few titles (names
 * like "Summit", "Cascade") count most, generic ones ("jacket") little, and a gender word breaks ties
 * between the men's and women's versions. The catalogue is cached per store for a minute.
 */
import type { Queryable } from '../../db/types.js';
import { foldText } from '../language/index.js';
import { genderIn } from './gender-words.js';

export interface CatalogProduct {
  id: string;
  /** The source system's id (Shopify product id), as order line items name it. */
  externalId: string;
  handle: string;
  title: string;
  productType: string | null;
  sizeChartId: string | null;
  /** The values of the product's size option(s) ("40", "41"… or "S", "M"…), for answering in its own labels. */
  sizeValues: string[];
  words: Set<string>;
}

interface CatalogIndex {
  products: CatalogProduct[];
  /** Inverse document frequency of each title word. */
  idf: Map<string, number>;
  loadedAt: number;
}

const TTL_MS = 60_000;
const cache = new Map<string, CatalogIndex>();
// Function words of the supported Latin-script languages: they appear in translated titles
// ("Chaussettes de randonnée en mérinos") and in every question, so they must never name a product.
const STOP = new Set(
  ('the and for with of in on to by from a an its your my our this that ' +
    'de la le les el los las del un una en por para con y o al lo ' +
    'der die das den dem des und mit fur von zu im am ein eine einen ' +
    'et du au aux des pour avec sur ou une ' +
    'di da il lo gli per con e al della delle ' +
    'do dos das um uma com em no na os as ' +
    'het een van voor met op te').split(' '),
);

const LATIN_WORD = /^[a-z0-9'-]+$/;

const words = (text: string): string[] =>
  foldText(text)
    .toLowerCase()
    // "Polder羽绒服": Latin and CJK written together are separate words.
    .replace(/([a-z0-9])(?=[^\sa-z0-9\p{P}])|([^\sa-z0-9\p{P}])(?=[a-z0-9])/gu, '$1$2 ')
    .split(/[^\p{L}\p{N}]+/u)
    // Short Latin words are too ambiguous across languages; CJK words are kept at any length.
    .filter((w) => (LATIN_WORD.test(w) ? w.length >= 3 || /\d/.test(w) : w.length > 1) && !STOP.has(w));

export async function loadCatalog(q: Queryable, storeId: string): Promise<CatalogIndex> {
  const cached = cache.get(storeId);
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached;
  const { rows } = await q.query<{ id: string; external_id: string; handle: string; title: string; product_type: string | null; size_chart_id: string | null; translations: Record<string, { title?: string }> | null; options: Array<{ name?: string; values?: unknown[] }> | null }>(
    `SELECT id, external_id, handle, title, product_type, size_chart_id, data->'x_store'->'translations' AS translations, data->'options' AS options
     FROM products WHERE store_id = $1 AND status = 'active'`,
    [storeId],
  );
  const products = rows.map((r) => {
    const titles = [r.title, ...Object.values(r.translations ?? {}).map((tr) => tr?.title ?? '')];
    const sizeOption = (r.options ?? []).find((o) => /^(size|waist|taille|talla|größe|maat)$/i.test(o.name ?? ''));
    const sizeValues = (sizeOption?.values ?? []).map(String);
    return { id: r.id, externalId: r.external_id, handle: r.handle, title: r.title, productType: r.product_type, sizeChartId: r.size_chart_id, sizeValues, words: new Set(titles.flatMap(words)) };
  });
  const df = new Map<string, number>();
  for (const p of products) for (const w of p.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log(1 + products.length / n)]));
  const index = { products, idf, loadedAt: Date.now() };
  cache.set(storeId, index);
  return index;
}

export interface ProductMention {
  product: CatalogProduct;
  score: number;
}

/** The best-matching product, or undefined when no product name is clearly mentioned. */
export function findMentionedProduct(index: CatalogIndex, text: string): ProductMention | undefined {
  const said = new Set(words(text));
  const gender = genderIn(text);
  const maxIdf = Math.log(1 + index.products.length);
  let best: ProductMention | undefined;
  for (const product of index.products) {
    let score = 0;
    let distinctive = 0;
    for (const w of product.words) {
      if (!said.has(w)) continue;
      const weight = index.idf.get(w) ?? 0;
      score += weight;
      // A word in fewer than a third of the titles names the product rather than its kind.
      if (weight > maxIdf * 0.45) distinctive++;
    }
    if (distinctive === 0) continue;
    const productGender = genderIn(product.title);
    if (gender && productGender) score += gender === productGender ? 0.5 : -1;
    if (!best || score > best.score) best = { product, score };
  }
  return best;
}

export function productByHandle(index: CatalogIndex, handle: string | undefined): CatalogProduct | undefined {
  return handle ? index.products.find((p) => p.handle === handle) : undefined;
}

/**
 * True when the text names `page` as well as it names `named`: "is this jacket waterproof?" on the
 * rain jacket's page is about the rain jacket, though "jacket" matches the down jacket just as well.
 */
export function pageProductFits(text: string, named: CatalogProduct, page: CatalogProduct): boolean {
  const said = new Set(words(text));
  return [...named.words].filter((w) => said.has(w)).every((w) => page.words.has(w));
}
