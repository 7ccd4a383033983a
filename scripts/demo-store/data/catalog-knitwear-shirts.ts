/** Knitwear, shirts, tops and dresses. */
import { STOCK, WARRANTY, type ProductSpec } from './catalog-types.js';

const WOMENS = ['XS', 'S', 'M', 'L', 'XL'];
const MENS = ['S', 'M', 'L', 'XL', 'XXL'];

export const knitwearAndShirts: ProductSpec[] = [
  {
    code: 'NZC-W',
    title: "Noordzee Merino Crewneck — Women's",
    productType: 'Knitwear',
    tags: ['womens', 'knitwear', 'merino', 'rws'],
    bodyHtml:
      '<p>The jumper we wear from October to April. Knitted from extra-fine 18.5-micron merino in a 12-gauge rib that keeps its shape, it is warm without bulk and soft enough to wear on bare skin.</p><ul><li>100% RWS-certified merino wool, mulesing-free</li><li>Regular fit with a slightly dropped shoulder</li><li>Ribbed neckline, cuffs and hem</li><li>Knitted in Zhejiang, China</li></ul>',
    options: [
      { name: 'Color', values: ['Oat', 'Navy', 'Rust'] },
      { name: 'Size', values: WOMENS },
    ],
    sizeChartId: 'womens-tops',
    fitNote: 'Regular fit, true to size.',
    materials: '100% extra-fine merino wool (18.5 micron), Responsible Wool Standard certified.',
    care: 'Wool cycle or hand wash at 30 °C max with wool detergent. Dry flat. Do not tumble dry.',
    weightG: 310,
    prices: [119, 128, 175, 105, 19800, 210],
    warranty: WARRANTY.statutory,
    stock: STOCK.madeInChina,
    translations: {
      nl: {
        title: 'Noordzee merino trui met ronde hals — dames',
        body_html: '<p>De trui die we van oktober tot april dragen: extra fijne merinowol (18,5 micron), warm zonder dik te zijn en zacht genoeg voor op de huid.</p><ul><li>100% RWS-gecertificeerde merinowol</li><li>Normale pasvorm</li></ul>',
      },
      de: {
        title: 'Noordzee Merino-Pullover mit Rundhals — Damen',
        body_html: '<p>Unser Pullover von Oktober bis April: extrafeine Merinowolle (18,5 Mikron), warm ohne aufzutragen und weich genug für die Haut.</p><ul><li>100 % RWS-zertifizierte Merinowolle</li><li>Normale Passform</li></ul>',
      },
      ja: {
        title: 'ノールドゼー メリノ クルーネックニット（レディース）',
        body_html: '<p>18.5マイクロンのエクストラファインメリノを使用。薄手で暖かく、素肌に着てもチクチクしにくいニットです。</p><ul><li>RWS認証メリノウール100%</li><li>レギュラーフィット</li></ul>',
      },
    },
  },
  {
    code: 'NZC-M',
    title: "Noordzee Merino Crewneck — Men's",
    productType: 'Knitwear',
    tags: ['mens', 'knitwear', 'merino', 'rws'],
    bodyHtml:
      '<p>A clean, everyday crewneck in extra-fine merino. Wear it over a shirt to the office or on its own at the weekend; it breathes, resists odour and packs flat.</p><ul><li>100% RWS-certified merino wool</li><li>Regular fit</li><li>Fully fashioned shoulders for a neat line</li></ul>',
    options: [
      { name: 'Color', values: ['Navy', 'Charcoal'] },
      { name: 'Size', values: MENS },
    ],
    sizeChartId: 'mens-tops',
    fitNote: 'Regular fit, true to size.',
    materials: '100% extra-fine merino wool (18.5 micron), Responsible Wool Standard certified.',
    care: 'Wool cycle or hand wash at 30 °C max with wool detergent. Dry flat. Do not tumble dry.',
    weightG: 380,
    prices: [125, 135, 185, 110, 20900, 220],
    warranty: WARRANTY.statutory,
    stock: STOCK.madeInChina,
  },
  {
    code: 'KDC-W',
    title: "Kade Chunky Cable Cardigan — Women's",
    productType: 'Knitwear',
    tags: ['womens', 'knitwear', 'cardigan', 'alpaca'],
    bodyHtml:
      '<p>A heavy cable-knit cardigan with horn-effect buttons and deep patch pockets, cut generously so it works as a light jacket on dry days.</p><ul><li>Lambswool and alpaca blend</li><li>Oversized fit</li><li>Five buttons, patch pockets</li></ul>',
    options: [
      { name: 'Color', values: ['Ecru', 'Forest'] },
      { name: 'Size', values: WOMENS },
    ],
    sizeChartId: 'womens-tops',
    fitNote: 'Oversized on purpose: take your usual size for a roomy fit, or one size down for a neater look.',
    materials: '50% lambswool, 30% alpaca, 20% recycled polyamide.',
    care: 'Hand wash cold with wool detergent. Roll in a towel, dry flat. Never hang. De-pill with a wool comb.',
    weightG: 720,
    prices: [169, 179, 245, 149, 27900, 295],
    warranty: WARRANTY.statutory,
    stock: STOCK.madeInChina,
    soldOut: [{ sku: 'FOREST-S', restock: '2026-12-10', backorder: false }],
  },
  {
    code: 'HOS-M',
    title: "Haven Oxford Shirt — Men's",
    productType: 'Shirts',
    tags: ['mens', 'shirt', 'organic-cotton', 'oxford'],
    bodyHtml:
      '<p>A button-down Oxford in a substantial organic-cotton weave that softens with every wash. Classic fit, a collar with a proper roll, and a back box pleat.</p><ul><li>100% organic cotton Oxford cloth (GOTS)</li><li>Button-down collar, single chest pocket</li><li>Mother-of-pearl-effect buttons</li></ul>',
    options: [
      { name: 'Color', values: ['White', 'Light Blue'] },
      { name: 'Size', values: MENS },
    ],
    sizeChartId: 'mens-tops',
    fitNote: 'Classic fit with room through the chest; choose by chest measurement.',
    materials: '100% organic cotton Oxford cloth, GOTS certified.',
    care: 'Machine wash at 40 °C (30 °C for Light Blue). Line dry, iron warm.',
    weightG: 290,
    prices: [89, 95, 129, 79, 14900, 155],
    warranty: WARRANTY.statutory,
    stock: STOCK.everywhere,
  },
  {
    code: 'MPS-W',
    title: "Maas Poplin Shirt — Women's",
    productType: 'Shirts',
    tags: ['womens', 'shirt', 'organic-cotton', 'poplin'],
    bodyHtml:
      '<p>A crisp, relaxed poplin shirt with a slightly longer back hem – tuck it in, knot it or wear it open over a tee.</p><ul><li>100% organic cotton poplin</li><li>Relaxed fit, dropped shoulder</li><li>Curved hem, longer at the back</li></ul>',
    options: [
      { name: 'Color', values: ['White', 'Navy Stripe'] },
      { name: 'Size', values: WOMENS },
    ],
    sizeChartId: 'womens-tops',
    fitNote: 'Relaxed fit; between sizes, take the smaller one.',
    materials: '100% organic cotton poplin, GOTS certified.',
    care: 'Machine wash at 30 °C. Line dry, iron warm.',
    weightG: 230,
    prices: [85, 92, 125, 75, 13900, 149],
    warranty: WARRANTY.statutory,
    stock: STOCK.everywhere,
  },
  {
    code: 'DLD-W',
    title: "Delft Linen-Blend Midi Dress — Women's",
    productType: 'Dresses',
    tags: ['womens', 'dress', 'linen', 'ecovero'],
    bodyHtml:
      '<p>A midi dress with a defined waist, side pockets and a soft drape that travels well. The linen blend creases less than pure linen.</p><ul><li>Linen and LENZING™ ECOVERO™ viscose</li><li>Self-tie waist, side-seam pockets</li><li>Midi length: 118 cm from shoulder in size M</li></ul>',
    options: [
      { name: 'Color', values: ['Indigo', 'Sand'] },
      { name: 'Size', values: WOMENS },
    ],
    sizeChartId: 'womens-tops',
    fitNote: 'Fitted at the waist and runs slightly small; between sizes, size up.',
    materials: '55% linen, 45% LENZING™ ECOVERO™ viscose.',
    care: 'Machine wash at 30 °C on a gentle cycle, inside out. Line dry. Do not tumble dry.',
    weightG: 330,
    prices: [139, 149, 205, 122, 22900, 245],
    warranty: WARRANTY.statutory,
    stock: STOCK.everywhere,
  },
  {
    code: 'BST-W',
    title: "Breton Stripe Long-Sleeve Tee — Women's",
    productType: 'Tops',
    tags: ['womens', 'tee', 'organic-cotton', 'stripe'],
    bodyHtml:
      '<p>The striped long-sleeve we reach for under everything: a dense organic-cotton jersey with a boat neckline and slim sleeves.</p><ul><li>100% organic cotton jersey, 220 g/m²</li><li>Boat neck, slim fit</li></ul>',
    options: [
      { name: 'Color', values: ['Navy Stripe', 'Red Stripe'] },
      { name: 'Size', values: WOMENS },
    ],
    sizeChartId: 'womens-tops',
    fitNote: 'True to size, slim through the body.',
    materials: '100% organic cotton jersey, GOTS certified.',
    care: 'Machine wash at 40 °C. Line dry.',
    weightG: 210,
    prices: [45, 49, 65, 39, 7400, 79],
    warranty: WARRANTY.statutory,
    stock: STOCK.everywhere,
  },
];
