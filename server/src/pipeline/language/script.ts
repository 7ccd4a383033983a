/**
 * Counts letters per writing system. Script alone settles Korean, Arabic and (with kana) Japanese;
 * it is the first and cheapest step of language detection.
 */
export interface ScriptCounts {
  latin: number;
  han: number;
  kana: number;
  hangul: number;
  arabic: number;
  /** Letters of any other script (Cyrillic, Thai, …). */
  other: number;
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u; // ー (prolonged sound) is Common
const HANGUL = /\p{Script=Hangul}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, arabic: 0, other: 0 };
  for (const char of text) {
    if (LATIN.test(char)) counts.latin++;
    else if (KANA.test(char)) counts.kana++;
    else if (HAN.test(char)) counts.han++;
    else if (HANGUL.test(char)) counts.hangul++;
    else if (ARABIC.test(char)) counts.arabic++;
    else if (LETTER.test(char)) counts.other++;
  }
  return counts;
}

export type DominantScript = 'latin' | 'cjk' | 'hangul' | 'arabic' | 'other' | 'none';

/**
 * The script carrying most of the message. A CJK or Hangul character carries about as much
 * meaning as a short Latin word, so it weighs three Latin letters: "iPhone 15のケース" is Japanese.
 */
export function dominantScript(counts: ScriptCounts): DominantScript {
  const weights: Array<[DominantScript, number]> = [
    ['latin', counts.latin],
    ['cjk', (counts.han + counts.kana) * 3],
    ['hangul', counts.hangul * 3],
    ['arabic', counts.arabic],
    ['other', counts.other],
  ];
  let best: [DominantScript, number] = ['none', 0];
  for (const entry of weights) if (entry[1] > best[1]) best = entry;
  return best[0];
}
