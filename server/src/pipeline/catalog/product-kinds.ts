/**
 * The kinds of product a text names, as lexicon concepts: "Lederschuhe", "die Stiefel" and "Lode
 * Lace-Up Leather Boot" all name `shoes`, in any language, so a question can be matched to products
 * and order items without their exact titles.
 */
import { defaultLexicon } from '../../knowledge/lexicon/lexicon.js';

const lexicon = defaultLexicon();
const PRODUCT_KINDS = new Set(['shoes', 'pants', 'outerwear', 'tops', 'knitwear', 'swimwear_underwear', 'bags_accessories', 'outdoor_gear']);

export function productKindsIn(text: string): Set<string> {
  return new Set(lexicon.concepts(text, { fuzzy: false }).filter((c) => PRODUCT_KINDS.has(c)));
}
