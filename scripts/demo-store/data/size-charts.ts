/**
 * Size charts of the demo store. Body measurements are given in cm; inches are derived
 * (cm / 2.54, one decimal) when the JSON is built, so the two can never disagree.
 */

type Range = [number, number];

export interface ApparelChartSpec {
  id: string;
  title: string;
  measurements: string[];
  unitNote: string;
  /** size label → measurement name → [min, max] in cm */
  rows: Array<{ size: string } & Record<string, Range | string>>;
  inseamByLengthCm?: Record<string, number>;
  labelConversions: Array<{ size: string; US: string; UK: string; EU: string; JP: string; CN: string }>;
}

export interface ShoeChartSpec {
  id: string;
  title: string;
  rows: Array<{ US: string; UK: string; EU: string; JP: string; foot_length_mm: number }>;
}

const BODY_NOTE = 'Body measurements, not garment measurements. Inch values are cm / 2.54, rounded to 0.1.';

export const apparelCharts: ApparelChartSpec[] = [
  {
    id: 'womens-tops',
    title: "Women's knitwear, shirts, tops and dresses",
    measurements: ['bust', 'waist', 'hip'],
    unitNote: BODY_NOTE,
    rows: [
      { size: 'XS', bust: [78, 82], waist: [60, 64], hip: [85, 89] },
      { size: 'S', bust: [83, 87], waist: [65, 69], hip: [90, 94] },
      { size: 'M', bust: [88, 93], waist: [70, 75], hip: [95, 100] },
      { size: 'L', bust: [94, 100], waist: [76, 82], hip: [101, 106] },
      { size: 'XL', bust: [101, 107], waist: [83, 89], hip: [107, 113] },
    ],
    labelConversions: [
      { size: 'XS', US: '0–2', UK: '6', EU: '34', JP: '5', CN: '155/80A' },
      { size: 'S', US: '4–6', UK: '8–10', EU: '36–38', JP: '7', CN: '160/84A' },
      { size: 'M', US: '8–10', UK: '12', EU: '40', JP: '9', CN: '165/88A' },
      { size: 'L', US: '12–14', UK: '14–16', EU: '42–44', JP: '11', CN: '170/92A' },
      { size: 'XL', US: '16', UK: '18', EU: '46', JP: '13', CN: '175/96A' },
    ],
  },
  {
    id: 'mens-tops',
    title: "Men's knitwear, shirts, tops, underwear and swim shorts",
    measurements: ['chest', 'waist'],
    unitNote: BODY_NOTE,
    rows: [
      { size: 'S', chest: [87, 93], waist: [73, 79] },
      { size: 'M', chest: [94, 100], waist: [80, 86] },
      { size: 'L', chest: [101, 107], waist: [87, 93] },
      { size: 'XL', chest: [108, 114], waist: [94, 100] },
      { size: 'XXL', chest: [115, 121], waist: [101, 107] },
    ],
    labelConversions: [
      { size: 'S', US: '36', UK: '36', EU: '46', JP: 'M', CN: '170/88A' },
      { size: 'M', US: '38–40', UK: '38–40', EU: '48–50', JP: 'L', CN: '175/92A' },
      { size: 'L', US: '42', UK: '42', EU: '52', JP: 'LL', CN: '180/96A' },
      { size: 'XL', US: '44–46', UK: '44–46', EU: '54', JP: '3L', CN: '185/100A' },
      { size: 'XXL', US: '48', UK: '48', EU: '56', JP: '4L', CN: '190/104A' },
    ],
  },
  {
    id: 'womens-bottoms',
    title: "Women's jeans and trousers (waist sizes)",
    measurements: ['waist', 'hip'],
    unitNote: 'Waist and hip are body measurements; inseam is the finished inseam of each length option. Inch values are cm / 2.54, rounded to 0.1.',
    rows: [
      { size: '24', waist: [60, 62], hip: [85, 87] },
      { size: '25', waist: [63, 64], hip: [88, 89] },
      { size: '26', waist: [65, 67], hip: [90, 92] },
      { size: '27', waist: [68, 69], hip: [93, 94] },
      { size: '28', waist: [70, 72], hip: [95, 97] },
      { size: '29', waist: [73, 74], hip: [98, 99] },
      { size: '30', waist: [75, 77], hip: [100, 102] },
      { size: '31', waist: [78, 80], hip: [103, 105] },
    ],
    inseamByLengthCm: { Short: 71, Regular: 76, Long: 81 },
    labelConversions: [
      { size: '24', US: '00', UK: '4', EU: '32', JP: '3', CN: '150/60A' },
      { size: '25', US: '0', UK: '4', EU: '32', JP: '5', CN: '155/62A' },
      { size: '26', US: '2', UK: '6', EU: '34', JP: '5', CN: '160/66A' },
      { size: '27', US: '4', UK: '8', EU: '36', JP: '7', CN: '160/68A' },
      { size: '28', US: '6', UK: '10', EU: '38', JP: '9', CN: '165/70A' },
      { size: '29', US: '8', UK: '12', EU: '40', JP: '11', CN: '165/74A' },
      { size: '30', US: '10', UK: '14', EU: '42', JP: '13', CN: '170/76A' },
      { size: '31', US: '12', UK: '16', EU: '44', JP: '15', CN: '170/80A' },
    ],
  },
  {
    id: 'mens-jeans',
    title: "Men's jeans and chinos (waist × length)",
    measurements: ['waist', 'hip'],
    unitNote: 'Waist and hip are body measurements; the Length option is the finished inseam in inches. Inch values are cm / 2.54, rounded to 0.1.',
    rows: [
      { size: '29', waist: [73, 75], hip: [89, 91] },
      { size: '30', waist: [76, 78], hip: [92, 94] },
      { size: '31', waist: [79, 80], hip: [95, 96] },
      { size: '32', waist: [81, 83], hip: [97, 99] },
      { size: '33', waist: [84, 85], hip: [100, 101] },
      { size: '34', waist: [86, 88], hip: [102, 104] },
      { size: '36', waist: [91, 94], hip: [107, 110] },
    ],
    inseamByLengthCm: { '30': 76, '32': 81, '34': 86 },
    labelConversions: [
      { size: '29', US: '29', UK: '29', EU: '44', JP: 'S', CN: '165/72A' },
      { size: '30', US: '30', UK: '30', EU: '46', JP: 'M', CN: '170/76A' },
      { size: '31', US: '31', UK: '31', EU: '46', JP: 'M', CN: '170/78A' },
      { size: '32', US: '32', UK: '32', EU: '48', JP: 'L', CN: '175/80A' },
      { size: '33', US: '33', UK: '33', EU: '48', JP: 'L', CN: '175/84A' },
      { size: '34', US: '34', UK: '34', EU: '50', JP: 'LL', CN: '180/86A' },
      { size: '36', US: '36', UK: '36', EU: '52', JP: '3L', CN: '185/92A' },
    ],
  },
  {
    id: 'outerwear-unisex',
    title: 'Unisex outerwear: rain jacket and down jacket (chest and height)',
    measurements: ['chest', 'height'],
    unitNote: 'Chest is a body measurement taken over a T-shirt; height is your own height. Inch values are cm / 2.54, rounded to 0.1.',
    rows: [
      { size: 'XS', chest: [82, 88], height: [155, 165] },
      { size: 'S', chest: [88, 94], height: [162, 172] },
      { size: 'M', chest: [94, 100], height: [168, 178] },
      { size: 'L', chest: [100, 106], height: [174, 184] },
      { size: 'XL', chest: [106, 112], height: [180, 190] },
      { size: 'XXL', chest: [112, 118], height: [185, 195] },
    ],
    labelConversions: [
      { size: 'XS', US: "XS (women's S)", UK: "XS (women's 8–10)", EU: "44 (women's 36–38)", JP: 'S', CN: '160/80A' },
      { size: 'S', US: "S (women's M)", UK: "S (women's 12)", EU: "46 (women's 40)", JP: 'M', CN: '165/84A' },
      { size: 'M', US: "M (women's L)", UK: "M (women's 14–16)", EU: "48 (women's 42–44)", JP: 'L', CN: '170/88A' },
      { size: 'L', US: "L (women's XL)", UK: "L (women's 18)", EU: "50 (women's 46)", JP: 'LL', CN: '175/92A' },
      { size: 'XL', US: 'XL', UK: 'XL', EU: '52', JP: '3L', CN: '180/96A' },
      { size: 'XXL', US: 'XXL', UK: 'XXL', EU: '54', JP: '4L', CN: '185/100A' },
    ],
  },
];

export const shoeCharts: ShoeChartSpec[] = [
  {
    id: 'womens-shoes',
    title: "Women's sneakers, boots and sandals",
    rows: [
      { US: '6', UK: '3.5', EU: '36', JP: '23.0', foot_length_mm: 229 },
      { US: '6.5', UK: '4', EU: '37', JP: '23.5', foot_length_mm: 235 },
      { US: '7.5', UK: '5', EU: '38', JP: '24.0', foot_length_mm: 241 },
      { US: '8.5', UK: '6', EU: '39', JP: '25.0', foot_length_mm: 248 },
      { US: '9', UK: '6.5', EU: '40', JP: '25.5', foot_length_mm: 254 },
      { US: '10', UK: '7.5', EU: '41', JP: '26.0', foot_length_mm: 261 },
    ],
  },
  {
    id: 'mens-shoes',
    title: "Men's sneakers and boots",
    rows: [
      { US: '7', UK: '6.5', EU: '40', JP: '25.0', foot_length_mm: 251 },
      { US: '8', UK: '7.5', EU: '41', JP: '26.0', foot_length_mm: 258 },
      { US: '8.5', UK: '8', EU: '42', JP: '26.5', foot_length_mm: 264 },
      { US: '9.5', UK: '9', EU: '43', JP: '27.0', foot_length_mm: 271 },
      { US: '10.5', UK: '10', EU: '44', JP: '28.0', foot_length_mm: 278 },
      { US: '11.5', UK: '10.5', EU: '45', JP: '28.5', foot_length_mm: 284 },
      { US: '12', UK: '11.5', EU: '46', JP: '29.0', foot_length_mm: 291 },
    ],
  },
];

export const socksChart = {
  id: 'socks',
  title: 'Socks',
  unit: 'shoe size',
  rows: [
    { size: 'S', US_womens: '6–8.5', US_mens: '—', EU: '36–39', UK: '3.5–6', JP: '22.5–25.0' },
    { size: 'M', US_womens: '9–10', US_mens: '7–9.5', EU: '40–43', UK: '6.5–9', JP: '25.5–27.5' },
    { size: 'L', US_womens: '—', US_mens: '10.5–13', EU: '44–47', UK: '9.5–12', JP: '28.0–30.0' },
  ],
};
