/**
 * Reads a product's English fit note ("Runs small — size up", "Runs half a size small",
 * "Runs large — size down if you are between sizes", "Slim fit. Size up for a relaxed fit") into
 * an adjustment the recommender can apply.
 *
 * The distinction that matters: advice given unconditionally shifts every recommendation, while
 * advice with a condition ("if you are between sizes", "to layer", "for a relaxed fit") only
 * decides ties or is passed on to the shopper as an option.
 */

export type SizeUpPurpose = 'layering' | 'relaxed_fit';

export interface FitAdjustment {
  /** Sizes to move every recommendation by: 1 = one size up, 0.5 = half a size up, -1 = one down. */
  shift: number;
  /** Which of two sizes to prefer when the shopper is between them. */
  ifBetween?: 'smaller' | 'larger';
  runs?: 'small' | 'large' | 'true_to_size';
  cut?: 'relaxed' | 'slim' | 'regular';
  /** Body areas the note singles out ("runs small in the chest and shoulders"). */
  areas: string[];
  /** Optional reasons to size up that the shopper may care about. */
  sizeUpFor: SizeUpPurpose[];
  /** False when nothing in the note was understood; the recommendation then ignores it. */
  recognized: boolean;
}

const HALF = /half\s+(?:a\s+)?size/;
const RUNS_SMALL = /\b(?:runs|fits|cut|sized)\s+(?:a\s+(?:bit|little)\s+|slightly\s+|very\s+|a\s+size\s+|half\s+(?:a\s+)?size\s+)?(?:too\s+)?(?:small|tight)\b/;
const RUNS_LARGE = /\b(?:runs|fits|cut|sized)\s+(?:a\s+(?:bit|little)\s+|slightly\s+|very\s+|a\s+size\s+|half\s+(?:a\s+)?size\s+)?(?:too\s+)?(?:large|big|generous(?:ly)?)\b/;
const TRUE_TO_SIZE = /true\s+to\s+size|\btts\b|fits\s+as\s+expected/;
const SIZE_UP = /\bsiz(?:e|ing)\s+up\b|\b(?:go|going|order|take|choose)\s+(?:(?:a|one|half\s+a)\s+)?size\s+up\b|\b(?:go|going)\s+up\s+(?:a|one|half\s+a)\s+size\b|\bthe\s+(?:next\s+)?larger\s+size\b/;
const SIZE_DOWN = /\bsiz(?:e|ing)\s+down\b|\b(?:go|going|order|take|choose)\s+(?:(?:a|one|half\s+a)\s+)?size\s+down\b|\b(?:go|going)\s+down\s+(?:a|one|half\s+a)\s+size\b|\bthe\s+(?:next\s+)?smaller\s+size\b/;
// A condition makes advice optional. Besides "if/when", advice addressed to some shoppers only
// ("wide feet should size up", "broad shoulders may prefer…", "women usually take…") is conditional too.
const CONDITION = /\bif\b|\bwhen\b|\bunless\b|\bfor\s+(?:a|more)\b|\bto\s+(?:layer|wear)\b|\b(?:wide|narrow|high|broad|long|short)\s+(?:feet|foot|insteps?|shoulders|arms|legs|torsos?)\b|\b(?:women|men)\s+usually\b|\bbetween sizes\b/;
const EMPHASIS = /,?\s*(?:especially|particularly)\s+(?:if|when)\b.*$/;
const LAYERING = /layer|underneath|\bover\s+a\b|down\s+jacket|fleece|base\s+layer/;
const RELAXED_FIT = /relaxed|looser|roomier|more\s+room/;
const BETWEEN = /between\s+sizes/;
const AREAS = ['chest', 'bust', 'shoulders', 'waist', 'hips', 'hip', 'arms', 'sleeves', 'thighs', 'toe box', 'length'];

/** Parses a fit note; an empty or unknown note yields a neutral adjustment. */
export function parseFitNote(note: string | undefined | null): FitAdjustment {
  const result: FitAdjustment = { shift: 0, areas: [], sizeUpFor: [], recognized: false };
  if (!note) return result;
  const sentences = note
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[.;!]\s+|[.;!]$|\s[—–-]\s|—/)
    .map((s) => s.trim())
    .filter(Boolean);

  let half = false;
  let unconditional: 'up' | 'down' | undefined;
  let conditionalAdvice = false;

  for (const sentence of sentences) {
    if (RUNS_SMALL.test(sentence)) {
      result.runs = 'small';
      half ||= HALF.test(sentence);
      result.areas.push(...areasIn(sentence));
    } else if (RUNS_LARGE.test(sentence)) {
      result.runs = 'large';
      half ||= HALF.test(sentence);
      result.areas.push(...areasIn(sentence));
    } else if (TRUE_TO_SIZE.test(sentence) && !result.runs) {
      result.runs = 'true_to_size';
    }

    const direction = SIZE_UP.test(sentence) ? 'up' : SIZE_DOWN.test(sentence) ? 'down' : undefined;
    if (direction) {
      // "…, especially if you layer" stresses the advice; it does not make it conditional.
      const emphasis = EMPHASIS.exec(sentence)?.[0] ?? '';
      const core = sentence.slice(0, sentence.length - emphasis.length);
      if (LAYERING.test(emphasis)) addPurpose(result, 'layering');
      if (CONDITION.test(core)) {
        conditionalAdvice = true;
        if (BETWEEN.test(core)) result.ifBetween = direction === 'up' ? 'larger' : 'smaller';
        if (direction === 'up' && LAYERING.test(core)) addPurpose(result, 'layering');
        if (direction === 'up' && RELAXED_FIT.test(core)) addPurpose(result, 'relaxed_fit');
      } else {
        unconditional = direction;
        half ||= HALF.test(sentence);
      }
    } else {
      const cut = cutIn(sentence);
      if (cut) result.cut = cut;
    }
  }

  const step = half ? 0.5 : 1;
  if (unconditional) result.shift = unconditional === 'up' ? step : -step;
  else if (!conditionalAdvice && result.areas.length === 0 && (result.runs === 'small' || result.runs === 'large')) {
    // A plain "Runs small" means the whole garment: shift, as the shopper would.
    result.shift = result.runs === 'small' ? step : -step;
  }
  if (!result.ifBetween && result.runs === 'small') result.ifBetween = 'larger';
  if (!result.ifBetween && result.runs === 'large') result.ifBetween = 'smaller';
  result.areas = [...new Set(result.areas)];
  result.recognized = Boolean(result.runs || result.cut || unconditional || conditionalAdvice);
  return result;
}

function addPurpose(result: FitAdjustment, purpose: SizeUpPurpose): void {
  if (!result.sizeUpFor.includes(purpose)) result.sizeUpFor.push(purpose);
}

function areasIn(sentence: string): string[] {
  const found = AREAS.filter((area) => new RegExp(`\\b${area}\\b`).test(sentence));
  return found.map((a) => (a === 'hips' ? 'hip' : a));
}

function cutIn(sentence: string): FitAdjustment['cut'] {
  if (/\b(?:relaxed|loose|oversized|roomy|boxy)\b/.test(sentence)) return 'relaxed';
  if (/\b(?:slim|athletic|trim|fitted|next-to-skin|compression)\b/.test(sentence)) return 'slim';
  if (/\b(?:regular|classic)\s+fit\b/.test(sentence)) return 'regular';
  return undefined;
}
