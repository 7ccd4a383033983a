/**
 * Which product fact a presale question asks for, in any of the supported languages. Words are
 * matched on folded text (lower case, no accents), so "Füllkraft" and "fullkraft" are the same.
 */
import { foldText } from '../language/index.js';

export type ProductAttribute = 'fill_power' | 'waterproof' | 'materials' | 'care' | 'weight' | 'price' | 'stock' | 'warranty' | 'final_sale' | 'dimensions' | 'origin';

const CUES: Record<ProductAttribute, RegExp> = {
  fill_power: /fill[ -]?power|fullkraft|bauschkraft|poder de relleno|pouvoir gonflant|potere di riempimento|poder de enchimento|vulkracht|フィルパワー|蓬松度|充绒/,
  waterproof: /waterproof|water[ -]?resistant|rain ?proof|wasserdicht|wasserabweisend|impermeable|imperméable|impermeabile|prova d.agua|waterdicht|waterafstotend|防水|防雨|hydrostatic|wassersaule|columna de agua/,
  materials: /material|fabric|made of|what is it made|stoff|gewebe|aus was|tejido|hecho de|de que esta|matiere|tissu|compose de|en quoi|fait en|tessuto|fatto di|di cosa|tecido|feito de|stof|gemaakt van|waarvan|素材|生地|材质|面料|材料/,
  dimensions: /dimension|how big|how large|carry[- ]?on|cabin bag|hand luggage|abmessung|masse der|wie gross ist die tasche|dimensiones|medidas de la|tamano de la bolsa|dimensioni|bagaglio a mano|dimensoes|afmeting|hoe groot|寸法|大きさ|尺寸|多大|机内持ち込み|登机/,
  origin: /made in|where (is|are) .* made|where .* produced|manufactur|hergestellt|produziert|fabricad|fabrique|fabbricat|prodott[oi] in|gemaakt|geproduceerd|どこで作|製造|生产|产地|原产/,
  care: /wash|care|clean|waschen|pflege|lavar|lavado|laver|lavage|entretien|lavare|lavaggio|wassen|onderhoud|洗濯|お手入れ|洗涤|清洗|保养/,
  weight: /weigh|how heavy|gewicht|wiegt|schwer|peso|pesa|poids|pese|gewicht|weegt|重さ|重量|多重|무게/,
  price: /price|cost|how much|preis|kostet|kosten|precio|cuesta|cuanto vale|prix|coute|combien|prezzo|quanto costa|preco|quanto custa|prijs|kost|値段|価格|いくら|价格|多少钱|价钱|가격/,
  stock: /in stock|available|availability|sold out|restock|back in stock|do you (still )?have (it|them|the|this|that|a|an|any)\b|\b(teneis|tienen|tienes) (el|la|los|las|esta|este|en)\b|\bhay (talla|tallas|stock)|habt ihr|haben sie (die|den|das|noch)|avez-vous|vous avez (le|la|les|encore)|\bavete (il|la|lo|le|ancora)|voces tem|tem (o|a|os|as) .* (em|no tamanho)|hebben jullie|あります(か|でしょうか)|有没有|有货吗|还有吗|auf lager|lieferbar|verfugbar|ausverkauft|disponible|agotado|en stock|rupture|disponibile|esaurito|disponivel|esgotado|op voorraad|uitverkocht|在庫|入荷|库存|有货|缺货|재고/,
  warranty: /warrant|guarantee|garantie|garantia|garanzia|保証|保修|质保/,
  final_sale: /final sale|returnable|can i return|non[- ]returnable|venta final|vente finale|nicht ruckgabe|返品不可|不可退/,
};

export function askedAttributes(text: string): ProductAttribute[] {
  const folded = foldText(text).toLowerCase();
  return (Object.keys(CUES) as ProductAttribute[]).filter((a) => CUES[a].test(folded));
}
