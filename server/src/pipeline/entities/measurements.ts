/**
 * Body measurements with what they measure, normalised to cm and kg: "cintura 72 cm",
 * "Brustumfang 96", "胸囲88cm", "身高170", "5'10\"", "160 lbs", "I'm 1.75 m and 70kg".
 * The body part comes from a word just before (or right after) the number; without one, the unit
 * and range decide (kg → weight, 140–220 cm → height). Circumferences without a unit are cm when
 * ≥ 50, else inches.
 */
import { NUMBER, parseNumber, round1 } from './numbers.js';
import { overlaps, type Measurement, type MeasurementKind, type Span } from './types.js';

// Folded-insensitive keyword lists; matched case-insensitively on the original text.
const KIND_WORDS: Array<[MeasurementKind, string]> = [
  ['foot_length', "foot length|length of (?:my )?foot|feet are|foot is|foot measures|my foot|largo del pie|pie mide|longitud del pie|fu(?:ß|ss)l[äa]nge|fu(?:ß|ss) ist|longueur (?:du|de mon) pied|pied mesure|lunghezza del piede|piede [èe] lungo|piede misura|comprimento do p[ée]|p[ée] mede|voetlengte|voet is|足の(?:長さ|サイズ)|足長|脚长|脚长是|발 ?길이"],
  ['inseam', 'inseam|inside leg|leg length|largo de pierna|entrepierna|innenbeinl[äa]nge|schrittl[äa]nge|beinl[äa]nge|entrejambe|longueur de jambe|lunghezza (?:interna )?gamba|interno gamba|entreperna|comprimento da perna|binnenbeenlengte|beenlengte|股下|内长|裤长'],
  ['bust', 'bust|busto|バスト|tour de buste'],
  ['chest', 'chest|pecho|contorno de pecho|brustumfang|brust|tour de poitrine|poitrine|circonferenza (?:del )?petto|torace|petto|peito|borstomtrek|borst|胸囲|胸围|가슴'],
  ['waist', 'waist|cintura|taillenumfang|taillenweite|bundweite|tour de taille|girovita|tailleomtrek|ウエスト|腰围|허리'],
  ['hip', 'hips?|cadera|h[üu]ftumfang|h[üu]fte|tour de hanches|hanches|fianchi|quadril|heupomtrek|heupen|heup|ヒップ|臀围|엉덩이'],
  ['head', 'head|cabeza|kopfumfang|kopf|t[êe]te|testa|cabe[çc]a|hoofd|頭囲|头围'],
  ['hand', 'hand circumference|hand|mano|main|m[ãa]o|手囲'],
  ['torso', 'torso|back length|r[üu]ckenl[äa]nge|largo de espalda'],
  ['height', "height|tall|i'?m|i am|mido|estatura|altura|k[öo]rpergr[öo](?:ß|ss)e|ich bin|gro(?:ß|ss)|je mesure|je fais|taille de|altezza|sono alt[oa]|alt[oa]|tenho|ik ben|lengte|身長|身高|키|طولي"],
  ['weight', 'weight|weigh|peso|pes[oa]|gewicht|wiege|poids|p[èe]se|peso|weeg|体重|몸무게|وزني'],
];
// Words that name a body part only when a unit follows: French "taille 38" is a size, Dutch
// "taille 72 cm" a waist.
const UNIT_ONLY_WORDS: Array<[MeasurementKind, string]> = [['waist', 'taille']];
const toPatterns = (list: Array<[MeasurementKind, string]>) => list.map(([kind, words]) => [kind, new RegExp(`(?:${words})`, 'iu')] as const);
const KIND_PATTERNS = toPatterns(KIND_WORDS);
const KIND_PATTERNS_WITH_UNIT = toPatterns([...KIND_WORDS, ...UNIT_ONLY_WORDS]);
const BEFORE_WINDOW = 28;

// Bare "in" counts only at the end of a phrase ("32 in", "32 in waist"): "EU 42 in Nike" is a size.
const UNIT =
  'cm|centimet(?:er|re)s?|cent[íi]metros?|zentimeter|センチ|厘米|公分|mm|inch(?:es)?|in(?=\\s*(?:$|[.,;!?)/]|and\\b|(?:waist|chest|inseam|leg|hips?)\\b))|"|”|″|kg|kilos?|kilogram(?:me)?s?|キロ|公斤|lbs?|pounds?|斤';
// 5'10", 5 ft 10 in, 5′10″
const FEET_INCHES = /(?<!\d)([4-7])\s?(?:'|’|′|ft|feet|foot)\s?(\d{1,2})?\s?(?:"|”|″|in(?:ches)?)?(?![\d])/gi;
// 1m75, 1,75 m, 1.80m
const METRES = /(?<![\d.,])([12])(?:[.,](\d{2})\s?m(?![a-z])|\s?m\s?(\d{2})(?!\d))/gi;
const WITH_UNIT = new RegExp(`(?<![\\d.,])(${NUMBER})\\s?(${UNIT})`, 'giu');
// A number right after a measurement word, without a unit: "Brustumfang 96", "身高170".
const BARE_AFTER_WORD = new RegExp(`(${NUMBER})(?![\\d.,]?\\d|\\s?(?:${UNIT}|[A-Za-z%]))`, 'yiu');

function unitOf(raw: string): { unit: 'cm' | 'mm' | 'in' | 'kg' | 'lb' | 'jin' } {
  const u = raw.toLowerCase();
  if (u === 'mm') return { unit: 'mm' };
  if (/^(in|inch|inches|"|”|″)$/.test(u)) return { unit: 'in' };
  if (/^(kg|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes|キロ|公斤)$/.test(u)) return { unit: 'kg' };
  if (/^(lb|lbs|pound|pounds)$/.test(u)) return { unit: 'lb' };
  if (u === '斤') return { unit: 'jin' };
  return { unit: 'cm' };
}

/** Measurement word closest before the number (or right after it). */
function kindNear(text: string, start: number, end: number): MeasurementKind | undefined {
  const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
  let best: { kind: MeasurementKind; at: number } | undefined;
  for (const [kind, pattern] of KIND_PATTERNS_WITH_UNIT) {
    const global = new RegExp(pattern.source, 'giu');
    for (const m of before.matchAll(global)) {
      if (!best || m.index > best.at) best = { kind, at: m.index };
    }
  }
  if (best) return best.kind;
  const after = text.slice(end, end + 12);
  for (const [kind, pattern] of KIND_PATTERNS_WITH_UNIT) if (kind !== 'height' && pattern.test(after)) return kind;
  return undefined;
}

function toMetric(value: number, unit: string): { value: number; unit: 'cm' | 'kg' } {
  switch (unit) {
    case 'mm': return { value: value / 10, unit: 'cm' };
    case 'in': return { value: value * 2.54, unit: 'cm' };
    case 'kg': return { value, unit: 'kg' };
    case 'lb': return { value: value * 0.45359237, unit: 'kg' };
    case 'jin': return { value: value / 2, unit: 'kg' };
    default: return { value, unit: 'cm' };
  }
}

/** Fixes the kind when the unit contradicts it: "tall" words before "70 kg" still mean weight. */
function reconcile(kind: MeasurementKind | undefined, metricUnit: 'cm' | 'kg', cm: number): MeasurementKind {
  if (metricUnit === 'kg') return 'weight';
  if (kind === 'weight') return cm >= 120 ? 'height' : 'unknown';
  if (kind) return kind;
  return cm >= 120 && cm <= 230 ? 'height' : 'unknown';
}

export function findMeasurements(text: string, claimed: Span[]): Measurement[] {
  const found: Measurement[] = [];
  const push = (m: Measurement, span: Span): void => {
    found.push(m);
    claimed.push(span);
  };
  for (const m of text.matchAll(FEET_INCHES)) {
    if (!m[2] && !/ft|feet|foot/i.test(m[0])) continue; // a lone 5' is too ambiguous
    const inches = Number(m[1]) * 12 + Number(m[2] ?? 0);
    push({ kind: 'height', value: round1(inches * 2.54), unit: 'cm', original: { value: inches, unit: 'in' }, raw: m[0].trim(), index: m.index },
      { start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(METRES)) {
    if (overlaps(claimed, m.index, m.index + m[0].length)) continue;
    const metres = Number(`${m[1]}.${m[2] ?? m[3]}`);
    push({ kind: 'height', value: round1(metres * 100), unit: 'cm', original: { value: metres, unit: 'm' }, raw: m[0].trim(), index: m.index },
      { start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WITH_UNIT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(claimed, start, end)) continue;
    const value = parseNumber(m[1]!);
    const { unit } = unitOf(m[2]!);
    const metric = toMetric(value, unit);
    const kind = reconcile(kindNear(text, start, end), metric.unit, metric.value);
    // A bare 20–32 cm with no body word is a shoe size ("26.5cm"); sizes handle it.
    if (kind === 'unknown' && metric.unit === 'cm' && metric.value >= 20 && metric.value <= 32) continue;
    push({ kind, value: round1(metric.value), unit: metric.unit, original: { value, unit }, raw: m[0].trim(), index: start }, { start, end });
  }
  for (const [kind, pattern] of KIND_PATTERNS) {
    if (kind === 'height' || kind === 'weight' || kind === 'hand') continue; // too common as words
    const global = new RegExp(`(?:${pattern.source})\\D{0,12}`, 'giu');
    for (const word of text.matchAll(global)) {
      const from = word.index + word[0].length;
      BARE_AFTER_WORD.lastIndex = from;
      const m = BARE_AFTER_WORD.exec(text);
      if (!m || m.index !== from || overlaps(claimed, m.index, m.index + m[0].length)) continue;
      const value = parseNumber(m[1]!);
      const unit = value >= 50 ? 'cm' : 'in';
      const metric = toMetric(value, unit);
      push({ kind, value: round1(metric.value), unit: 'cm', original: { value, unit }, raw: text.slice(word.index, from + m[0].length).trim(), index: m.index },
        { start: m.index, end: m.index + m[0].length });
    }
  }
  // "身高170" / "height 175" / "体重60": bare numbers after height and weight words.
  // "mido 1,75" / "sono alto 1,80": a height in metres written without the unit.
  const heightWeight = /(身高|身長|height|altura|estatura|körpergröße|mido|sono alt[oa]|tenho|ik ben|je mesure|je fais|ich bin|i'?m|体重|weight|peso|gewicht|poids|키|몸무게)\s?:?\s?(\d{2,3}(?:[.,]\d)?|[12][.,]\d{2})(?![\d.,]|\s?(?:cm|kg|m|lb|in|公斤|厘米|斤|キロ|センチ))/giu;
  for (const m of text.matchAll(heightWeight)) {
    const start = m.index + m[0].length - m[2]!.length;
    if (overlaps(claimed, start, start + m[2]!.length)) continue;
    const written = parseNumber(m[2]!);
    const isWeight = /体重|weight|peso|gewicht|poids|몸무게/i.test(m[1]!);
    const value = !isWeight && written < 3 ? round1(written * 100) : written;
    // "I'm 30" or "ich bin 42" is an age or a size, not a height.
    if (!isWeight && (value < 100 || value > 230)) continue;
    const originalUnit = isWeight ? 'kg' : written < 3 ? 'm' : 'cm';
    push({ kind: isWeight ? 'weight' : 'height', value, unit: isWeight ? 'kg' : 'cm', original: { value: written, unit: originalUnit }, raw: m[0].trim(), index: start },
      { start, end: start + m[2]!.length });
  }
  return found.sort((a, b) => a.index - b.index);
}
