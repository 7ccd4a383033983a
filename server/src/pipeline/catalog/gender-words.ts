/** "women's", "de hombre", "Herren", "femme", "レディース", "男款"…: which gender a shopper means. */
export type ShopperGender = 'women' | 'men';

const WOMEN = /\b(wom[ae]n'?s?|ladies|female|mujer(?:es)?|dama|damen|frauen|femmes?|donna|donne|mulher(?:es)?|feminin[oa]s?|dames|vrouwen)\b|レディース|女性|女士|女款|女装|女鞋|여성/iu;
const MEN = /\b(m[ae]n'?s?|male|hombres?|caballero|herren|männer|hommes?|uomo|uomini|homem|homens|masculin[oa]s?|heren|mannen)\b|メンズ|男性|男士|男款|男装|男鞋|남성/iu;

export function genderIn(text: string): ShopperGender | undefined {
  const women = WOMEN.test(text);
  const men = MEN.test(text.replace(/\bwom[ae]n'?s?\b/gi, ''));
  if (women && !men) return 'women';
  if (men && !women) return 'men';
  return undefined;
}
