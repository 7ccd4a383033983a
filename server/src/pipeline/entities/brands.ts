/**
 * "I wear EU 42 in Nike", "calzo un 42 en Adidas", "ナイキでは26.5cm": the size a shopper wears in
 * another brand, which size advice converts from. Known footwear/apparel brands are recognised
 * anywhere; any other capitalised name counts when it follows "in/at/from" right after a size.
 */
import { regionNear } from './size-regions.js';
import type { ProductRef, SizeMention } from './types.js';

const KNOWN_BRANDS: Array<[string, RegExp]> = [
  ['Nike', /\bnike\b|ナイキ|耐克/i], ['Adidas', /\badidas\b|アディダス|阿迪达斯|阿迪/i], ['Puma', /\bpuma\b|プーマ|彪马/i],
  ['New Balance', /\bnew balance\b|\bnb\b(?= ?\d)|ニューバランス|新百伦/i], ['Asics', /\basics\b|アシックス|亚瑟士/i],
  ['Salomon', /\bsalomon\b|サロモン|萨洛蒙/i], ['Merrell', /\bmerrell\b/i], ['Hoka', /\bhoka\b|ホカ/i], ['Brooks', /\bbrooks\b/i],
  ['Saucony', /\bsaucony\b/i], ['Vans', /\bvans\b/i], ['Converse', /\bconverse\b|コンバース|匡威/i], ['Reebok', /\breebok\b/i],
  ['On', /\bon running\b|\bon cloud\w*/i], ['Under Armour', /\bunder armou?r\b/i], ['Patagonia', /\bpatagonia\b|パタゴニア/i],
  ['The North Face', /\b(the )?north face\b|\btnf\b|ノースフェイス|北面/i], ['Columbia', /\bcolumbia\b|コロンビア|哥伦比亚/i],
  ["Arc'teryx", /\barc'?teryx\b|アークテリクス|始祖鸟/i], ["Levi's", /\blevi'?s\b|リーバイス|李维斯/i], ['Zara', /\bzara\b/i],
  ['H&M', /\bh ?& ?m\b/i], ['Uniqlo', /\buniqlo\b|ユニクロ|优衣库/i], ['Decathlon', /\bdecathlon\b|迪卡侬/i], ['Quechua', /\bquechua\b/i],
  ['Birkenstock', /\bbirkenstock\b/i], ['Dr. Martens', /\bdr\.? ?martens\b|\bdocs\b/i], ['Timberland', /\btimberland\b|ティンバーランド/i],
  ['Lowa', /\blowa\b/i], ['Meindl', /\bmeindl\b/i], ['Scarpa', /\bscarpa\b/i], ['La Sportiva', /\bla sportiva\b/i],
  ['Mammut', /\bmammut\b/i], ['Jack Wolfskin', /\bjack wolfskin\b/i], ['Vaude', /\bvaude\b/i], ['Fjällräven', /\bfj[äa]llr[äa]ven\b/i],
  ['Montbell', /\bmont-?bell\b|モンベル/i], ['Lululemon', /\blululemon\b/i], ['Skechers', /\bskechers\b/i], ['Crocs', /\bcrocs\b/i],
];

// "I'm a 38 in Spain", "je fais du 38 en France": a place after the size is a sizing convention, not a brand.
const PLACES =
  /^(?:spain|espa[ñn]a|espagne|spanien|spagna|espanha|germany|deutschland|allemagne|alemania|germania|alemanha|duitsland|canada|china|australia|mexico|m[ée]xico|brazil|brasil|portugal|netherlands|holland|nederland|belgium|belgi[eë]|belgique|switzerland|schweiz|suisse|austria|[öo]sterreich|korea|asia|america|europe|europa|the (?:us|uk|usa|states))\b/i;

// Preposition between a size and a brand name, in the nine languages.
const SIZE_THEN_NAME = /\s(?:in|at|from|with|for|en|de|con|bei|von|chez|di|da|na|no|bij|van)\s+((?:[A-Z][\w'&.-]+)(?:\s[A-Z][\w'&.-]+)?)/y;

export function findProductRefs(text: string, sizes: readonly SizeMention[]): ProductRef[] {
  const refs: ProductRef[] = [];
  const nearestSize = (index: number): SizeMention | undefined => {
    let best: SizeMention | undefined;
    for (const size of sizes) {
      const distance = Math.abs(size.index - index);
      if (distance <= 40 && (!best || distance < Math.abs(best.index - index))) best = size;
    }
    return best;
  };
  for (const [brand, pattern] of KNOWN_BRANDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const size = nearestSize(m.index);
    refs.push({ brand, ...(size ? { size } : {}), raw: m[0], index: m.index });
  }
  for (const size of sizes) {
    SIZE_THEN_NAME.lastIndex = size.index + size.raw.length;
    const m = SIZE_THEN_NAME.exec(text);
    if (!m) continue;
    const name = m[1]!;
    const index = m.index + m[0].length - name.length;
    if (PLACES.test(name) || regionNear(name, 0, 0) !== undefined) continue;
    if (refs.some((r) => Math.abs(r.index - index) < name.length)) continue;
    refs.push({ brand: name, size, raw: name, index });
  }
  return refs.sort((a, b) => a.index - b.index);
}
