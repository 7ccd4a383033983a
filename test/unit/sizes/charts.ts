/**
 * Invented size charts in the store-directory format, for unit tests. The numbers are made up for
 * these tests (not any store's data); inch columns follow the format's rule, cm / 2.54 to 0.1.
 */
import { parseSizeCharts, type MeasuredChart, type ShoeChart, type SizeChart, type SockChart } from '../../../server/src/commerce/sizes/index.js';

const r = (min: number, max: number) => ({
  cm: [min, max] as [number, number],
  in: [Math.round((min / 2.54) * 10) / 10, Math.round((max / 2.54) * 10) / 10] as [number, number],
});

const shoe = (US: string, UK: string, EU: string, mm: number) => ({
  US,
  UK,
  EU,
  JP: (mm / 10).toFixed(1),
  CN: `${EU} (${mm})`,
  foot_length_mm: mm,
  foot_length_in: Math.round((mm / 25.4) * 10) / 10,
});

/** Raw JSON as a store would ship it; run through the parser like real data. */
export const RAW_CHARTS = {
  'womens-tops': {
    id: 'womens-tops',
    title: "Women's tops and dresses",
    unit: 'cm',
    unit_note: 'Body measurements.',
    measurements: ['bust', 'waist', 'hip'],
    rows: [
      { size: 'XS', bust: r(78, 82), waist: r(60, 64), hip: r(84, 88) },
      { size: 'S', bust: r(82, 86), waist: r(64, 68), hip: r(88, 92) },
      { size: 'M', bust: r(86, 91), waist: r(68, 73), hip: r(92, 97) },
      { size: 'L', bust: r(91, 97), waist: r(73, 79), hip: r(97, 103) },
      { size: 'XL', bust: r(97, 103), waist: r(79, 85), hip: r(103, 109) },
    ],
    label_conversions: [
      { size: 'XS', US: '0–2', UK: '4–6', EU: '32–34', JP: '5 (S)', CN: '155/76A' },
      { size: 'S', US: '4–6', UK: '8', EU: '36', JP: '7 (M)', CN: '160/80A' },
      { size: 'M', US: '8–10', UK: '10–12', EU: '38–40', JP: '9–11 (L)', CN: '165/84A' },
      { size: 'L', US: '12', UK: '14', EU: '42', JP: '13 (LL)', CN: '170/88A' },
      { size: 'XL', US: '14–16', UK: '16–18', EU: '44–46', JP: '15 (3L)', CN: '175/92A' },
    ],
  },
  'mens-tops': {
    id: 'mens-tops',
    title: "Men's tops",
    unit: 'cm',
    measurements: ['chest', 'waist'],
    rows: [
      { size: 'S', chest: r(86, 92), waist: r(72, 78) },
      { size: 'M', chest: r(92, 98), waist: r(78, 84) },
      { size: 'L', chest: r(98, 105), waist: r(84, 91) },
      { size: 'XL', chest: r(105, 112), waist: r(91, 98) },
      { size: 'XXL', chest: r(112, 120), waist: r(98, 106) },
    ],
    label_conversions: [
      { size: 'S', US: 'S (34–36)', UK: '36', EU: '44–46', JP: 'M', CN: '165/84A' },
      { size: 'M', US: 'M (38–40)', UK: '38–40', EU: '48', JP: 'L', CN: '170/88A' },
      { size: 'L', US: 'L (42–44)', UK: '42', EU: '50–52', JP: 'LL (XL)', CN: '175/92A' },
      { size: 'XL', US: 'XL (46)', UK: '44', EU: '54', JP: '3L (XXL)', CN: '180/96A' },
      { size: 'XXL', US: 'XXL (48–50)', UK: '46–48', EU: '56', JP: '4L', CN: '185/100A' },
    ],
  },
  'mens-pants': {
    id: 'mens-pants',
    title: "Men's pants",
    unit: 'cm',
    measurements: ['waist', 'hip'],
    rows: [
      { size: '28', waist: r(71, 74), hip: r(88, 91) },
      { size: '30', waist: r(76, 79), hip: r(93, 96) },
      { size: '32', waist: r(81, 84), hip: r(98, 101) },
      { size: '34', waist: r(86, 89), hip: r(103, 106) },
      { size: '36', waist: r(91, 94), hip: r(108, 111) },
    ],
    inseam_by_length: { Short: { cm: 75, in: 29.5 }, Regular: { cm: 80, in: 31.5 }, Long: { cm: 85, in: 33.5 } },
    label_conversions: [
      { size: '28', US: '28', UK: '28', EU: '44', JP: 'S', CN: '165/70A' },
      { size: '30', US: '30', UK: '30', EU: '46', JP: 'M', CN: '170/74A' },
      { size: '32', US: '32', UK: '32', EU: '48', JP: 'L', CN: '175/78A' },
      { size: '34', US: '34', UK: '34', EU: '50', JP: 'LL', CN: '180/82A' },
      { size: '36', US: '36', UK: '36', EU: '52', JP: '3L', CN: '185/86A' },
    ],
  },
  'kids-jackets': {
    id: 'kids-jackets',
    title: "Kids' jackets",
    unit: 'cm',
    measurements: ['height', 'chest'],
    rows: [
      { size: '110', height: r(104, 116), chest: r(56, 60), weight: { kg: [16, 20], lb: [35.3, 44.1] } },
      { size: '122', height: r(116, 128), chest: r(60, 64), weight: { kg: [20, 25], lb: [44.1, 55.1] } },
      { size: '134', height: r(128, 140), chest: r(64, 69), weight: { kg: [25, 31], lb: [55.1, 68.3] } },
      { size: '146', height: r(140, 152), chest: r(69, 75), weight: { kg: [31, 38], lb: [68.3, 83.8] } },
    ],
  },
  'mens-shoes': {
    id: 'mens-shoes',
    title: "Men's footwear",
    unit: 'mm',
    rows: [
      shoe('7', '6', '40', 250),
      shoe('7.5', '6.5', '40.5', 255),
      shoe('8', '7', '41', 260),
      shoe('8.5', '7.5', '42', 265),
      shoe('9', '8', '42.5', 270),
      shoe('9.5', '8.5', '43', 275),
      shoe('10', '9', '44', 280),
      shoe('11', '10', '45', 290),
      shoe('12', '11', '46', 300),
    ],
  },
  'womens-shoes': {
    id: 'womens-shoes',
    title: "Women's footwear",
    unit: 'mm',
    rows: [
      shoe('5', '3', '35.5', 220),
      shoe('5.5', '3.5', '36', 225),
      shoe('6', '4', '36.5', 230),
      shoe('6.5', '4.5', '37', 235),
      shoe('7', '5', '37.5', 240),
      shoe('7.5', '5.5', '38', 245),
      shoe('8', '6', '39', 250),
      shoe('8.5', '6.5', '39.5', 255),
      shoe('9', '7', '40', 260),
      shoe('10', '8', '41', 270),
    ],
  },
  socks: {
    id: 'socks',
    title: 'Socks',
    unit: 'shoe size',
    rows: [
      { size: 'S', US_womens: '5–7', US_mens: '—', EU: '35–38', UK: '3–5', JP: '22–24' },
      { size: 'M', US_womens: '7.5–9.5', US_mens: '6–8', EU: '38.5–41', UK: '5.5–7.5', JP: '24.5–26' },
      { size: 'L', US_womens: '10–12', US_mens: '8.5–11', EU: '42–45', UK: '8–10.5', JP: '26.5–28.5' },
      { size: 'XL', US_womens: '—', US_mens: '11.5–14', EU: '46–48', UK: '11–13', JP: '29–31' },
    ],
  },
  'backpack-torso': {
    id: 'backpack-torso',
    title: 'Backpack torso length',
    unit: 'cm',
    rows: [
      { size: 'S', torso_length: r(38, 45), hip_belt: r(64, 105) },
      { size: 'M', torso_length: r(43, 50), hip_belt: r(71, 117) },
      { size: 'L', torso_length: r(48, 56), hip_belt: r(79, 127) },
    ],
  },
};

function load(): Record<string, SizeChart> {
  const parsed = parseSizeCharts(structuredClone(RAW_CHARTS));
  if (!parsed.ok) throw new Error(`test charts do not parse: ${parsed.problem.path} ${parsed.problem.message}`);
  return parsed.value;
}

const charts = load();
const get = <T extends SizeChart>(id: string): T => {
  const chart = charts[id];
  if (!chart) throw new Error(`no test chart ${id}`);
  return chart as T;
};

export const womensTops = get<MeasuredChart>('womens-tops');
export const mensTops = get<MeasuredChart>('mens-tops');
export const mensPants = get<MeasuredChart>('mens-pants');
export const kidsJackets = get<MeasuredChart>('kids-jackets');
export const mensShoes = get<ShoeChart>('mens-shoes');
export const womensShoes = get<ShoeChart>('womens-shoes');
export const socks = get<SockChart>('socks');
export const backpackTorso = get<MeasuredChart>('backpack-torso');
