/**
 * Which product fact a presale question asks for, in any of the supported languages. Words are
 * matched on folded text (lower case, no accents), so "Füllkraft" and "fullkraft" are the same.
 */
import { foldText } from '../language/index.js';

export type ProductAttribute = 'fill_power' | 'waterproof' | 'materials' | 'care' | 'weight' | 'price' | 'stock' | 'warranty' | 'final_sale';

const CUES: Record<ProductAttribute, RegExp> = {
  fill_power: /fill[ -]?power|fullkraft|bauschkraft|poder de relleno|pouvoir gonflant|potere di riempimento|poder de enchimento|vulkracht|フィルパワー|蓬松度|充绒/,
  waterproof: /waterproof|water[ -]?resistant|rain ?proof|wasserdicht|wasserabweisend|impermeable|imperméable|impermeabile|prova d.agua|waterdicht|waterafstotend|防水|防雨|hydrostatic|wassersaule|columna de agua/,
  materials: /material|fabric|made of|what is it made|stoff|gewebe|tejido|hecho de|matiere|tissu|compose de|tessuto|fatto di|tecido|feito de|stof|gemaakt van|素材|生地|材质|面料|材料/,
  care: /wash|care|clean|waschen|pflege|lavar|lavado|laver|lavage|entretien|lavare|lavaggio|wassen|onderhoud|洗濯|お手入れ|洗涤|清洗|保养/,
  weight: /weigh|how heavy|gewicht|wiegt|schwer|peso|pesa|poids|pese|gewicht|weegt|重さ|重量|多重|무게/,
  price: /price|cost|how much|preis|kostet|kosten|precio|cuesta|cuanto vale|prix|coute|combien|prezzo|quanto costa|preco|quanto custa|prijs|kost|値段|価格|いくら|价格|多少钱|价钱|가격/,
  stock: /in stock|available|availability|sold out|restock|back in stock|auf lager|lieferbar|verfugbar|ausverkauft|disponible|agotado|en stock|rupture|disponibile|esaurito|disponivel|esgotado|op voorraad|uitverkocht|在庫|入荷|库存|有货|缺货|재고/,
  warranty: /warrant|guarantee|garantie|garantia|garanzia|保証|保修|质保/,
  final_sale: /final sale|returnable|can i return|non[- ]returnable|venta final|vente finale|nicht ruckgabe|返品不可|不可退/,
};

export function askedAttributes(text: string): ProductAttribute[] {
  const folded = foldText(text).toLowerCase();
  return (Object.keys(CUES) as ProductAttribute[]).filter((a) => CUES[a].test(folded));
}
