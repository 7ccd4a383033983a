/** Jeans, chinos and outerwear. */
import { STOCK, WARRANTY, type ProductSpec } from './catalog-types.js';

const UNISEX = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

export const denimAndOuterwear: ProductSpec[] = [
  {
    code: 'HSJ-M',
    title: "Havenwerk Straight Jeans — Men's",
    productType: 'Jeans',
    tags: ['mens', 'jeans', 'denim', 'organic-cotton'],
    bodyHtml:
      '<p>Mid-rise straight jeans in 13.5 oz rinsed denim from a mill in northern Portugal. Rigid-looking, with just enough stretch to sit down comfortably.</p><ul><li>99% organic cotton, 1% elastane</li><li>Straight leg, mid rise, button fly</li><li>Rinsed, not pre-shrunk: wash cold</li></ul>',
    options: [
      { name: 'Waist', values: ['29', '30', '31', '32', '33', '34', '36'] },
      { name: 'Length', values: ['30', '32', '34'] },
    ],
    sizeChartId: 'mens-jeans',
    fitNote: 'Straight leg, mid rise, true to size. Rinsed denim can shrink up to 1 cm in length in a hot wash.',
    materials: '13.5 oz denim: 99% organic cotton, 1% elastane. Made in Portugal.',
    care: 'Wash rarely, inside out at 30 °C. Line dry. Indigo may rub off in the first weeks.',
    weightG: 780,
    prices: [129, 139, 189, 115, 21900, 229],
    warranty: WARRANTY.statutory,
    stock: STOCK.madeInEurope,
    soldOut: [{ sku: 'W32-L34', restock: '2027-01-15', backorder: false }],
  },
  {
    code: 'EVJ-W',
    title: "Eva High-Rise Slim Jeans — Women's",
    productType: 'Jeans',
    tags: ['womens', 'jeans', 'denim', 'organic-cotton', 'stretch'],
    bodyHtml:
      '<p>A high-rise slim jean in soft stretch denim that holds its shape all day. Three lengths so the hem sits where it should.</p><ul><li>93% organic cotton, 5% recycled cotton, 2% elastane</li><li>High rise, slim leg</li><li>Short, Regular and Long lengths</li></ul>',
    options: [
      { name: 'Waist', values: ['24', '25', '26', '27', '28', '29', '30', '31'] },
      { name: 'Length', values: ['Short', 'Regular', 'Long'] },
    ],
    sizeChartId: 'womens-bottoms',
    fitNote: 'High rise, slim leg; between sizes take the smaller waist, they relax about half a size with wear.',
    materials: '93% organic cotton, 5% recycled cotton, 2% elastane. Made in Turkey.',
    care: 'Wash inside out at 30 °C. Line dry.',
    weightG: 560,
    prices: [119, 129, 175, 105, 19800, 210],
    warranty: WARRANTY.statutory,
    stock: STOCK.madeInEurope,
    soldOut: [{ sku: '27-REGULAR', restock: '2026-12-02', backorder: false }],
  },
  {
    code: 'DCC-M',
    title: "Dock Stretch Chino — Men's",
    productType: 'Trousers',
    tags: ['mens', 'chino', 'trousers', 'organic-cotton', 'stretch'],
    bodyHtml:
      '<p>A slim-tapered chino in a brushed stretch twill, smart enough for the office and comfortable on a long train ride.</p><ul><li>97% organic cotton, 3% elastane</li><li>Slim-tapered leg</li><li>Coin pocket, hidden back-pocket button</li></ul>',
    options: [
      { name: 'Color', values: ['Sand', 'Navy'] },
      { name: 'Waist', values: ['30', '32', '34', '36'] },
      { name: 'Length', values: ['30', '32', '34'] },
    ],
    sizeChartId: 'mens-jeans',
    fitNote: 'Slim-tapered; for a straighter leg take one waist size up.',
    materials: 'Brushed twill: 97% organic cotton, 3% elastane. Made in Portugal.',
    care: 'Machine wash at 30 °C inside out. Line dry, iron on medium.',
    weightG: 520,
    prices: [99, 108, 145, 88, 16500, 175],
    warranty: WARRANTY.statutory,
    stock: STOCK.madeInEurope,
  },
  {
    code: 'VWC-W',
    title: "Veerman Wool Overcoat — Women's",
    productType: 'Coats',
    tags: ['womens', 'outerwear', 'coat', 'wool', 'cashmere'],
    bodyHtml:
      '<p>A long, relaxed overcoat in a dense wool and cashmere cloth, with a dropped shoulder and enough room for a chunky knit underneath.</p><ul><li>70% wool, 20% recycled wool, 10% cashmere</li><li>Cupro lining, two welt pockets, inside pocket</li><li>Below the knee for heights up to 170 cm</li><li>Made in Poland</li></ul>',
    options: [
      { name: 'Color', values: ['Camel', 'Black'] },
      { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL'] },
    ],
    sizeChartId: 'womens-tops',
    fitNote: 'Relaxed, dropped shoulder; cut to fit over a knit. Choose your usual size, or size up to layer a chunky cardigan.',
    materials: 'Outer: 70% wool, 20% recycled wool, 10% cashmere. Lining: 100% cupro.',
    care: 'Dry clean only. Brush after wearing and hang on a wide hanger to air out.',
    weightG: 1650,
    prices: [329, 349, 479, 289, 54000, 575],
    warranty: WARRANTY.outerwear,
    stock: STOCK.madeInEurope,
    soldOut: [{ sku: 'CAMEL-S', restock: '2026-12-10', backorder: true }],
  },
  {
    code: 'VWC-M',
    title: "Veerman Wool Overcoat — Men's",
    productType: 'Coats',
    tags: ['mens', 'outerwear', 'coat', 'wool', 'cashmere'],
    bodyHtml:
      '<p>A single-breasted overcoat that ends between mid-thigh and knee. Dense wool and cashmere cloth, a notch lapel and a clean, regular cut that sits well over a suit jacket or a jumper.</p><ul><li>70% wool, 20% recycled wool, 10% cashmere</li><li>Cupro lining, three-button front</li><li>Made in Poland</li></ul>',
    options: [
      { name: 'Color', values: ['Camel', 'Navy'] },
      { name: 'Size', values: ['S', 'M', 'L', 'XL', 'XXL'] },
    ],
    sizeChartId: 'mens-tops',
    fitNote: 'True to size with room for a jumper; broad shoulders may prefer one size up.',
    materials: 'Outer: 70% wool, 20% recycled wool, 10% cashmere. Lining: 100% cupro.',
    care: 'Dry clean only. Brush after wearing and hang on a wide hanger to air out.',
    weightG: 1850,
    prices: [349, 369, 505, 305, 57000, 609],
    warranty: WARRANTY.outerwear,
    stock: STOCK.madeInEurope,
  },
  {
    code: 'SKR-U',
    title: 'Stormkade Rain Jacket — Unisex',
    productType: 'Rain Jackets',
    tags: ['unisex', 'outerwear', 'rain-jacket', 'waterproof', 'pfc-free', 'recycled'],
    bodyHtml:
      '<p>Our answer to Dutch weather: a hip-length rain jacket with a roomy cut, a hood that fits over a cap and a drop hem that keeps the rain off when you cycle.</p><ul><li>10,000 mm waterproof, taped seams</li><li>PFC-free water-repellent finish</li><li>Two-way front zip with storm flap, adjustable hood</li></ul>',
    options: [
      { name: 'Color', values: ['Signal Yellow', 'Black', 'Olive'] },
      { name: 'Size', values: UNISEX },
    ],
    sizeChartId: 'outerwear-unisex',
    fitNote: 'Unisex and roomy; women usually take one size smaller than their women\'s size. Between sizes, go by height.',
    materials: 'Shell: 100% recycled polyamide, 2-layer with PU membrane, PFC-free finish. Lining: recycled polyester mesh.',
    care: 'Machine wash at 30 °C, no fabric softener. Tumble dry on low to reactivate the water-repellent finish.',
    weightG: 520,
    waterproofMm: 10000,
    prices: [179, 189, 259, 155, 29500, 309],
    warranty: WARRANTY.outerwear,
    stock: STOCK.everywhere,
    translations: {
      nl: {
        title: 'Stormkade regenjas — unisex',
        body_html: '<p>Ons antwoord op het Nederlandse weer: een ruime regenjas tot op de heup, met een capuchon die over een pet past en een langere achterkant voor op de fiets.</p><ul><li>10.000 mm waterdicht, getapete naden</li><li>PFC-vrije waterafstotende finish</li></ul>',
      },
      fr: {
        title: 'Veste de pluie Stormkade — unisexe',
        body_html: '<p>Une veste de pluie ample, longueur hanches, avec une capuche qui passe sur une casquette et un dos rallongé pour le vélo.</p><ul><li>Imperméabilité 10 000 mm, coutures étanchées</li><li>Finition déperlante sans PFC</li></ul>',
      },
    },
  },
  {
    code: 'PDJ-U',
    title: 'Polder Recycled Down Jacket — Unisex',
    productType: 'Down Jackets',
    tags: ['unisex', 'outerwear', 'down', 'recycled', 'insulation'],
    bodyHtml:
      '<p>A light, warm down jacket filled with recycled down at 700 fill power. Hip length, a high collar and baffles sized to stop cold spots.</p><ul><li>Recycled down, 700 fill power (GRS)</li><li>Recycled nylon shell with a water-repellent finish</li><li>Packs into its inside pocket</li></ul>',
    options: [
      { name: 'Color', values: ['Black', 'Navy', 'Moss'] },
      { name: 'Size', values: UNISEX },
    ],
    sizeChartId: 'outerwear-unisex',
    fitNote: 'Unisex, regular fit; women usually take one size smaller than their women\'s size. Between sizes, go by chest.',
    materials: 'Shell and lining: 100% recycled nylon. Fill: 80% recycled down, 20% recycled feathers, 700 fill power.',
    care: 'Machine wash at 30 °C on a gentle cycle with down wash. Tumble dry on low with dryer balls until completely dry.',
    weightG: 640,
    fillPower: 700,
    prices: [239, 255, 349, 209, 39500, 419],
    warranty: WARRANTY.outerwear,
    stock: STOCK.madeInChina,
    soldOut: [{ sku: 'MOSS-M', restock: '2026-12-04', backorder: true }],
    translations: {
      de: {
        title: 'Polder Daunenjacke aus recycelten Daunen — Unisex',
        body_html: '<p>Leichte, warme Daunenjacke mit recycelten Daunen (700 Cuin), hüftlang mit hohem Kragen.</p><ul><li>Recycelte Daunen, 700 Cuin</li><li>Außenstoff aus recyceltem Nylon</li></ul>',
      },
      ja: {
        title: 'ポルダー リサイクルダウンジャケット（ユニセックス）',
        body_html: '<p>フィルパワー700のリサイクルダウンを使用した、軽くて暖かいダウンジャケット。ヒップ丈でハイネック仕様。</p><ul><li>リサイクルダウン 700FP</li><li>リサイクルナイロン表地</li></ul>',
      },
      'zh-CN': {
        title: 'Polder 再生羽绒服（男女同款）',
        body_html: '<p>轻盈保暖，采用 700 蓬松度再生羽绒，及臀长度，高领设计。</p><ul><li>再生羽绒，700 蓬松度</li><li>再生尼龙面料</li></ul>',
      },
    },
  },
];
