/**
 * Body measurements with what they measure, normalised to cm and kg: "cintura 72 cm",
 * "96 cm Brustumfang", "Mido 104 de pecho", "胸围97，身高172", "5'10\"", "I'm 166 cm with a 90 cm
 * chest", "160 lbs".
 *
 * Each measurement word belongs to one number, found in this order (strongest first):
 * 1. "104 de pecho" / "90 cm de busto": the word names the number before it;
 * 2. "waist 72", "身高172", "chest is about 96": the word names the number after it;
 * 3. "90 cm chest", "165cm tall": the word right after the number;
 * 4. "I'm 166 cm", "mido 1,75": a height verb before the number;
 * 5. for numbers with a unit only, a word shortly before (or after) it.
 * Texts written "number then word" ("90 cm chest 75 cm waist", ending on a word) take step 3
 * before step 2.
 * A word never reaches past another number, so "I'm 166 cm with a 90 cm chest" is height 166,
 * chest 90. A number without any word stays `unknown` (kg/lb are a weight), except the "175cm
 * 70kg" shorthand: a height-sized number next to a stated weight. Numbers without unit or word
 * are left to sizes.
 */
import { findKindWords, NUMBER_OF_WORD, NUMBER_THEN_WORD, WORD_TO_NUMBER, type BodyKind, type KindWord } from './measurement-words.js';
import { NUMBER, parseNumber, round1 } from './numbers.js';
import { overlaps, type Measurement, type MeasurementKind, type Span } from './types.js';

type Unit = 'cm' | 'mm' | 'in' | 'kg' | 'lb' | 'jin' | 'm';

// Bare "in" counts only at the end of a phrase ("32 in", "32 in waist"): "EU 42 in Nike" is a size.
const UNIT =
  'cm|centimet(?:er|re)s?|cent[íi]metros?|zentimeter|センチ|厘米|公分|mm|inch(?:es)?|in(?=\\s*(?:$|[.,;!?)/]|and\\b|(?:waist|chest|inseam|leg|hips?)\\b))|"|”|″|kg|kilos?|kilogram(?:me)?s?|キロ|公斤|lbs?|pounds?|斤';
// 5'10", 5 ft 10 in, 5′10″
const FEET_INCHES = /(?<!\d)([4-7])\s?(?:'|’|′|ft|feet|foot)\s?(\d{1,2})?\s?(?:"|”|″|in(?:ches)?)?(?![\d])/gi;
// 1m75, 1,75 m, 1.80m
const METRES = /(?<![\d.,])([12])(?:[.,](\d{2})\s?m(?![a-z])|\s?m\s?(\d{2})(?!\d))/gi;
const NUMBER_AND_UNIT = new RegExp(`(?<![A-Za-z\\d.,#$€£¥])(${NUMBER})(?![\\d.,]?\\d)(?:\\s?(${UNIT}))?`, 'giu');
// A bare number glued to letters or followed by a size system, counter or currency is not a body measure.
const NOT_A_MEASURE_AFTER = /^(?:[A-Za-z%€$£¥]|\s?(?:EUR?|US|UK|FR|IT|JP)(?![A-Za-z])|\s?(?:码|號|号|サイズ|歳|才|岁|円|元|個|件|点|年|月|日|天|足|双))/u;
const WINDOW = 28;

interface Candidate {
  start: number;
  end: number;
  written: number;
  unit?: Unit;
  kind?: BodyKind;
  via?: 'noun' | 'verb';
}

function unitOf(raw: string): Unit {
  const u = raw.toLowerCase();
  if (u === 'mm') return 'mm';
  if (/^(in|inch|inches|"|”|″)$/.test(u)) return 'in';
  if (/^(kg|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes|キロ|公斤)$/.test(u)) return 'kg';
  if (/^(lb|lbs|pound|pounds)$/.test(u)) return 'lb';
  if (u === '斤') return 'jin';
  return 'cm';
}

function toMetric(value: number, unit: Unit): { value: number; unit: 'cm' | 'kg' } {
  switch (unit) {
    case 'mm': return { value: value / 10, unit: 'cm' };
    case 'in': return { value: value * 2.54, unit: 'cm' };
    case 'm': return { value: value * 100, unit: 'cm' };
    case 'kg': return { value, unit: 'kg' };
    case 'lb': return { value: value * 0.45359237, unit: 'kg' };
    case 'jin': return { value: value / 2, unit: 'kg' };
    default: return { value, unit: 'cm' };
  }
}

// Plausible adult-or-child ranges in cm (kg for weight); outside them the word was about something else.
const PLAUSIBLE: Record<BodyKind, [number, number]> = {
  bust: [50, 180], chest: [50, 180], waist: [40, 180], hip: [50, 190], inseam: [40, 120], head: [35, 75], hand: [10, 35],
  torso: [25, 80], foot_length: [10, 40], height: [40, 230], weight: [2, 300],
};
// Without a unit, a circumference below this is in inches ("waist 32", "chest 38").
const INCH_BELOW: Partial<Record<BodyKind, number>> = { head: 40, torso: 30, hand: 12 };

function plausible(kind: BodyKind, value: number, via: Candidate['via']): boolean {
  const [min, max] = via === 'verb' && kind === 'height' ? [120, 230] : PLAUSIBLE[kind];
  return value >= min && value <= max;
}

/** The unit a bare number after a measurement word was written in, or undefined when it fits none. */
function bareUnit(kind: BodyKind, written: number): Unit | undefined {
  if (kind === 'height') return written < 3 ? 'm' : 'cm';
  if (kind === 'weight') return written >= 20 ? 'kg' : undefined;
  if (kind === 'foot_length') return written >= 15 && written <= 35 ? 'cm' : written >= 150 && written <= 350 ? 'mm' : undefined;
  return written >= (INCH_BELOW[kind] ?? 50) ? 'cm' : 'in';
}

function findCandidates(text: string, claimed: Span[]): Candidate[] {
  const candidates: Candidate[] = [];
  const taken: Span[] = [...claimed];
  const add = (c: Candidate): void => {
    candidates.push(c);
    taken.push({ start: c.start, end: c.end });
  };
  for (const m of text.matchAll(FEET_INCHES)) {
    if (!m[2] && !/ft|feet|foot/i.test(m[0])) continue; // a lone 5' is too ambiguous
    if (overlaps(taken, m.index, m.index + m[0].trimEnd().length)) continue;
    add({ start: m.index, end: m.index + m[0].trimEnd().length, written: Number(m[1]) * 12 + Number(m[2] ?? 0), unit: 'in', kind: 'height', via: 'noun' });
  }
  for (const m of text.matchAll(METRES)) {
    if (overlaps(taken, m.index, m.index + m[0].length)) continue;
    add({ start: m.index, end: m.index + m[0].length, written: Number(`${m[1]}.${m[2] ?? m[3]}`), unit: 'm', kind: 'height', via: 'noun' });
  }
  for (const m of text.matchAll(NUMBER_AND_UNIT)) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    if (!m[2] && NOT_A_MEASURE_AFTER.test(text.slice(end, end + 4))) continue;
    add({ start: m.index, end, written: parseNumber(m[1]!), ...(m[2] ? { unit: unitOf(m[2]) } : {}) });
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/** Index of the first item for which `isAtOrPast` holds, in a list ordered so it holds for a suffix. */
function firstIndex<T>(items: readonly T[], isAtOrPast: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAtOrPast(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Gives each number the measurement word that belongs to it (see the file comment). */
function attachWords(text: string, candidates: Candidate[], words: KindWord[]): void {
  const used = new Set<KindWord>();
  // Both lists are sorted and spans do not overlap, so neighbours are found by binary search.
  const before = (w: KindWord) => candidates[firstIndex(candidates, (c) => c.end > w.start) - 1];
  const after = (w: KindWord) => candidates[firstIndex(candidates, (c) => c.start >= w.end)];
  const accepts = (w: KindWord, c: Candidate | undefined): c is Candidate => Boolean(c && !c.kind && (w.strength !== 'unitOnly' || c.unit));
  const link = (w: KindWord, c: Candidate, via: Candidate['via']): void => {
    c.kind = w.kind;
    c.via = via;
    used.add(w);
  };
  const names = words.filter((w) => w.strength !== 'verb');
  const nameFollowing = (): void => {
    for (const w of names) {
      const c = after(w);
      if (!used.has(w) && accepts(w, c) && WORD_TO_NUMBER.test(text.slice(w.end, c.start))) link(w, c, 'noun');
    }
  };
  const namePreceding = (): void => {
    for (const w of names) {
      const c = before(w);
      if (!used.has(w) && accepts(w, c) && NUMBER_THEN_WORD.test(text.slice(c.end, w.start))) link(w, c, 'noun');
    }
  };
  for (const w of names) {
    const c = before(w);
    if (accepts(w, c) && NUMBER_OF_WORD.test(text.slice(c.end, w.start))) link(w, c, 'noun');
  }
  // "90 cm chest 75 cm waist" ends on a word that names the number before it.
  const last = names.at(-1);
  const lastBefore = last && before(last);
  const numberFirst = last && lastBefore && !after(last) && NUMBER_THEN_WORD.test(text.slice(lastBefore.end, last.start));
  if (numberFirst) {
    namePreceding();
    nameFollowing();
  } else {
    nameFollowing();
    namePreceding();
  }
  for (const w of words) {
    const c = after(w);
    if (w.strength === 'verb' && accepts(w, c) && WORD_TO_NUMBER.test(text.slice(w.end, c.start))) link(w, c, 'verb');
  }
  for (const [i, c] of candidates.entries()) {
    if (c.kind || !c.unit) continue;
    const previousEnd = candidates[i - 1]?.end ?? 0;
    // "torso length? mine is 45 cm": the word may sit in the previous sentence, but not before another number.
    const from = Math.max(previousEnd, c.start - WINDOW);
    const next = candidates[i + 1]?.start ?? text.length;
    const firstAfter = firstIndex(words, (w) => w.end > c.start);
    let word: KindWord | undefined;
    for (let j = firstAfter - 1; j >= 0 && words[j]!.start >= from && !word; j--) if (!used.has(words[j]!)) word = words[j];
    for (let j = firstAfter; j < words.length && words[j]!.start - c.end <= 12 && !word; j++) {
      const w = words[j]!;
      if (!used.has(w) && w.strength === 'noun' && w.kind !== 'height' && w.start >= c.end && w.end <= next) word = w;
    }
    if (word) link(word, c, word.strength === 'verb' ? 'verb' : 'noun');
  }
}

function toMeasurement(text: string, c: Candidate, weightStated: boolean): Measurement | undefined {
  const raw = text.slice(c.start, c.end).trim();
  if (c.kind && !c.unit) {
    const unit = bareUnit(c.kind, c.written);
    if (!unit) return undefined;
    const metric = toMetric(c.written, unit);
    if (!plausible(c.kind, metric.value, c.via)) return undefined;
    return { kind: c.kind, value: round1(metric.value), unit: metric.unit, original: { value: c.written, unit }, raw, index: c.start };
  }
  if (!c.unit) return undefined;
  const metric = toMetric(c.written, c.unit);
  let kind: MeasurementKind = c.kind ?? 'unknown';
  if (metric.unit === 'kg') kind = 'weight';
  else if (kind === 'weight') kind = metric.value >= 120 ? 'height' : 'unknown';
  else if (kind !== 'unknown' && !plausible(kind, metric.value, c.via)) kind = 'unknown';
  if (kind === 'unknown' && metric.value >= 140 && metric.value <= 210 && weightStated) kind = 'height';
  // A bare 20–32 cm with no body word is a shoe size ("26.5cm"); sizes handle it.
  if (kind === 'unknown' && metric.value >= 20 && metric.value <= 32) return undefined;
  return { kind, value: round1(metric.value), unit: metric.unit, original: { value: c.written, unit: c.unit }, raw, index: c.start };
}

export function findMeasurements(text: string, claimed: Span[]): Measurement[] {
  const candidates = findCandidates(text, claimed);
  if (candidates.length === 0) return [];
  attachWords(text, candidates, findKindWords(text));
  const weightStated = candidates.some((c) => c.unit === 'kg' || c.unit === 'lb' || c.unit === 'jin' || (c.kind === 'weight' && c.written >= 20));
  const found: Measurement[] = [];
  for (const c of candidates) {
    const measurement = toMeasurement(text, c, weightStated);
    if (!measurement) continue;
    found.push(measurement);
    claimed.push({ start: c.start, end: c.end });
  }
  return found;
}
