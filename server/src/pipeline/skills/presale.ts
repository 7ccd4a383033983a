/**
 * Product questions: the product the shopper names (or the page they are on, or the one discussed),
 * and the fact they ask about — straight from the catalogue. Questions about no product in particular
 * go to the help center.
 */
import { t } from '../../i18n/i18n.js';
import { formatList, formatMoney } from '../../i18n/format.js';
import { productKindsIn } from '../catalog/product-kinds.js';
import { getProductDetail, type ProductView, type VariantView } from '../../commerce/query.js';
import { findMentionedProduct, loadCatalog, pageProductFits, productByHandle, type CatalogProduct } from '../catalog/product-mentions.js';
import { askedAttributes, type ProductAttribute } from '../catalog/product-attributes.js';
import { calendarDate } from '../compose/dates.js';
import { marketNamedIn, storeMarkets } from '../catalog/market-words.js';
import type { Skill, SkillResult, TurnContext } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';

type XStore = Record<string, unknown>;

/** The product this turn is about: named now, else the page's, else the one discussed before. */
export async function currentProduct(ctx: TurnContext): Promise<CatalogProduct | undefined> {
  const catalog = await loadCatalog(ctx.db, ctx.store.id);
  const named = findMentionedProduct(catalog, ctx.text)?.product;
  const page = productByHandle(catalog, (ctx.conversation.page as { productHandle?: string } | null)?.productHandle);
  if (named) return page && pageProductFits(ctx.text, named, page) ? page : named;
  return page ?? catalog.products.find((p) => p.id === ctx.state.productId);
}

/** The market to quote prices in: one the question names ("in pounds", "in Japan"), else the shopper's own. */
export function shopperMarket(ctx: TurnContext): string | null {
  const named = marketNamedIn(ctx.text, storeMarkets(ctx.store.row.profile));
  if (named) return named;
  const market = (ctx.customer?.data.x_store as { market?: unknown } | undefined)?.market;
  return typeof market === 'string' ? market : ctx.customer?.country_code ?? null;
}

export const presaleSkill: Skill = async (ctx) => {
  const product = await currentProduct(ctx);
  const attributes = askedAttributes(ctx.text);
  // "Where are your leather shoes made?": a fact about a kind of product, from each one's description.
  if (!product && attributes.includes('origin')) {
    const byKind = await answerForKind(ctx, 'origin');
    if (byKind) return byKind;
  }
  if (!product || attributes.length === 0) {
    const fromHelp = await answerFromKnowledge(ctx);
    if (fromHelp.answered || !product) return { ...fromHelp, statePatch: product ? { productId: product.id } : {} };
  }
  const view = await getProductDetail(ctx.db, { storeId: ctx.store.id, productId: product.id, market: shopperMarket(ctx) });
  if (!view) return { replies: [{ text: t(ctx.u.locale, 'product.not_found') }], answered: false };
  const { rows } = await ctx.db.query<{ x: XStore | null; body: string | null }>(`SELECT data->'x_store' AS x, data->>'body_html' AS body FROM products WHERE id = $1`, [product.id]);
  const x = { ...(rows[0]?.x ?? {}), body_html: rows[0]?.body ?? '' };
  const asked: ProductAttribute[] = attributes.length ? attributes : ['price', 'stock'];
  const lines = asked.map((a) => describeAttribute(ctx, view, x, a)).filter((l): l is string => Boolean(l));
  return { replies: [{ text: lines.join(' ') }], answered: lines.length > 0, statePatch: { productId: product.id } };
};

function describeAttribute(ctx: TurnContext, view: ProductView, x: XStore, attribute: ProductAttribute): string | undefined {
  const locale = ctx.u.locale;
  const product = view.title;
  const fact = (key: string, vars: Record<string, unknown> = {}) => t(locale, 'product.fact', { product, fact: t(locale, `product.facts.${key}`, vars) });
  const missing = () => t(locale, 'product.missing_fact', { product });
  switch (attribute) {
    case 'fill_power':
      return typeof x.fill_power === 'number' ? fact('fill_power', { value: x.fill_power }) : missing();
    case 'waterproof':
      return typeof x.waterproof_mm === 'number' ? fact('waterproof', { value: x.waterproof_mm.toLocaleString(locale) }) : fact('not_waterproof');
    case 'materials':
      return typeof x.materials === 'string' ? fact('materials', { value: x.materials }) : missing();
    case 'care':
      return typeof x.care === 'string' ? fact('care', { value: x.care }) : missing();
    case 'weight':
      return typeof x.weight_g === 'number' ? fact('weight', { value: x.weight_g }) : missing();
    case 'warranty':
      return typeof x.warranty === 'string' ? fact('warranty', { value: x.warranty }) : missing();
    case 'final_sale':
      return fact(view.finalSale ? 'final_sale_yes' : 'final_sale_no');
    case 'price':
      return view.price ? t(locale, 'product.price', { product, price: formatMoney(view.price.amount, view.price.currency, locale) }) : missing();
    case 'stock':
      return describeStock(ctx, view);
    case 'dimensions':
    case 'origin': {
      const sentence = descriptionSentence(String(x.body_html ?? ''), attribute);
      return sentence ? t(locale, 'product.fact', { product, fact: sentence }) : missing();
    }
  }
}

// Strongest evidence first: "52 × 30 × 29 cm" answers "what are the dimensions" better than "45-litre".
const DESCRIPTION_CUES: Record<'dimensions' | 'origin', RegExp[]> = {
  dimensions: [/\d+(?:[.,]\d+)?\s*[×x]\s*\d+/i, /fits|carry-on|cabin|under (?:the|most) (?:airline )?seat/i, /\d\s*(?:cm|mm|in|inch|inches|")\b/i, /litre|liter|\d\s*l\b/i],
  origin: [/made in|made by|crafted in|produced in/i, /factory|workshop|portugal|spain|italy|china|turkey|vietnam/i],
};

/**
 * The parts of the product description that state a fact (dimensions, origin): the one with the
 * strongest cue, and a second one with another cue when both fit in a short answer ("52 × 30 × 29 cm"
 * and "fits under most airline seats" for a carry-on question).
 */
function descriptionSentence(html: string, attribute: 'dimensions' | 'origin'): string | undefined {
  const text = html.replace(/<li[^>]*>/gi, '\n').replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
  const parts = text.split(/\n|(?<=[.!?])\s+/).map((p) => p.trim()).filter(Boolean);
  const picked: string[] = [];
  for (const cue of DESCRIPTION_CUES[attribute]) {
    const part = parts.find((p) => cue.test(p) && !picked.includes(p));
    if (part && (picked.length === 0 || picked.join(' ').length + part.length < 200)) picked.push(part);
    if (picked.length === 2) break;
  }
  if (picked.length === 0) return undefined;
  return picked.map((p, i) => (i < picked.length - 1 ? p.replace(/[.;]\s*$/, '') : p)).join('. ');
}

/**
 * A description fact (origin) for every product of the kind the question names, grouped by what the
 * descriptions say ("Made in Portugal: the Harbor Court sneakers, the Ketel and Lode boots").
 * Products whose description says nothing are left out, not guessed.
 */
async function answerForKind(ctx: TurnContext, attribute: 'origin'): Promise<SkillResult | undefined> {
  const kinds = productKindsIn(ctx.text);
  if (kinds.size === 0) return undefined;
  const catalog = await loadCatalog(ctx.db, ctx.store.id);
  const ofKind = catalog.products.filter((p) => [...productKindsIn(`${p.title} ${p.productType ?? ''}`)].some((k) => kinds.has(k)));
  if (ofKind.length === 0) return undefined;
  const { rows } = await ctx.db.query<{ id: string; body: string | null }>(`SELECT id, data->>'body_html' AS body FROM products WHERE store_id = $1 AND id = ANY($2::uuid[])`, [ctx.store.id, ofKind.map((p) => p.id)]);
  const groups = new Map<string, string[]>();
  for (const p of ofKind) {
    const sentence = descriptionSentence(rows.find((r) => r.id === p.id)?.body ?? '', attribute);
    if (sentence) groups.set(sentence, [...(groups.get(sentence) ?? []), p.title]);
  }
  if (groups.size === 0) return undefined;
  const lines = [...groups].map(([fact, titles]) => t(ctx.u.locale, 'product.fact', { product: formatList(titles, ctx.u.locale), fact }));
  return { replies: [{ text: lines.join('\n') }], answered: true };
}

function describeStock(ctx: TurnContext, view: ProductView): string {
  const locale = ctx.u.locale;
  const said = ctx.text.toLowerCase();
  const sizes = ctx.u.entities.sizes.map((s) => s.value.toLowerCase());
  const chosen = view.variants.filter((v) => v.options.some((o) => sizes.includes(o.toLowerCase()) || new RegExp(`\\b${escapeRegExp(o.toLowerCase())}\\b`, 'u').test(said)));
  const variants = chosen.length ? chosen : view.variants;
  const line = (v: VariantView) => {
    const restock = v.restockDate ? t(locale, 'product.restock', { date: calendarDate(v.restockDate, { locale, timeZone: 'UTC' }) }) : '';
    const variant = `${view.title} (${v.title})`;
    if (v.inStock) return t(locale, 'product.in_stock', { variant });
    return t(locale, v.backorderable ? 'product.backorder' : 'product.sold_out', { variant, restock });
  };
  if (chosen.length) return chosen.slice(0, 4).map(line).join(' ');
  const soldOut = variants.filter((v) => !v.inStock);
  if (soldOut.length === 0) return t(locale, 'product.all_in_stock', { product: view.title });
  return [t(locale, 'product.some_sold_out', { product: view.title }), ...soldOut.slice(0, 4).map(line)].join(' ');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
