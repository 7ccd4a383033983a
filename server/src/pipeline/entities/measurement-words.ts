/**
 * The words that say what a number measures, in the nine languages (and Korean/Arabic where cheap),
 * and the small words that may sit between such a word and its number. Latin words match whole
 * words only, so "hip" is not found in "shipping" nor "main" (French hand) in "maintenant".
 */
import type { MeasurementKind } from './types.js';

export type BodyKind = Exclude<MeasurementKind, 'unknown'>;

/** Nouns (and "tall"/"groß"): strong evidence for the number they are attached to. */
const NOUNS: Array<[BodyKind, string[]]> = [
  ['foot_length', [
    'foot length', 'length of (?:my )?foot', 'feet are', 'foot is', 'foot measures', 'my foot', 'my feet', 'largo del pie', 'pie mide', 'longitud del pie', 'mi pie',
    'fu(?:ß|ss)l[äa]nge', 'fu(?:ß|ss) ist', 'mein fu(?:ß|ss)', 'longueur (?:du|de mon) pied', 'pied mesure', 'mon pied', 'lunghezza del piede', 'piede [èe] lungo', 'piede misura', 'il mio piede',
    'comprimento do p[ée]', 'p[ée] mede', 'meu p[ée]', 'voetlengte', 'voet is', 'mijn voet',
    '足の(?:長さ|サイズ|大きさ)', '足長', '(?<![一二三満不補])足(?![りすし囲幅])', '脚长', '脚的长度', '我的脚', '脚(?=\\s?(?:是|有|大概|约|\\d))', '발 ?길이', '발(?:은|이)?(?=\\s?\\d)',
  ]],
  ['inseam', [
    'inseam', 'inside leg', 'leg length', 'largo de pierna', 'entrepierna', 'innenbeinl[äa]nge', 'schrittl[äa]nge', 'beinl[äa]nge', 'entrejambe', 'longueur de jambe',
    'lunghezza (?:interna )?gamba', 'interno gamba', 'cavallo', 'entrepernas?', 'comprimento da perna', 'binnenbeenlengte', 'beenlengte', '股下', '内长', '裤长', '腿长',
  ]],
  ['bust', ['bust', 'busto', 'oberweite', 'tour de buste', 'buste', 'seno', 'boezem', 'バスト']],
  ['chest', [
    'chest', 'pecho', 'contorno de pecho', 'brustumfang', 'brustweite', 'brust', 'tour de poitrine', 'poitrine', 'circonferenza (?:del )?petto', 'torace', 'petto',
    'peito', 't[óo]rax', 'borstomtrek', 'borstwijdte', 'borst', '胸囲', '胸回り', 'チェスト', '胸围', '가슴(?:둘레)?',
  ]],
  ['waist', [
    'waist', 'cintura', 'contorno de cintura', 'taillenumfang', 'taillenweite', 'bundweite', 'tour de taille', 'girovita', 'circonferenza vita', 'tailleomtrek', 'taillewijdte',
    'ウエスト', '胴囲', '腰围', '腰圍', '허리(?:둘레)?',
  ]],
  ['hip', [
    'hips?', 'caderas?', 'contorno de cadera', 'h[üu]ftumfang', 'h[üu]ftweite', 'h[üu]ften?', 'tour de hanches', 'hanches?', 'fianchi', 'circonferenza fianchi', 'bacino',
    'quadril', 'quadris', 'ancas?', 'heupomtrek', 'heupwijdte', 'heupen', 'heup', 'ヒップ', '臀围', '臀圍', '엉덩이(?:둘레)?',
  ]],
  ['head', ['head(?: circumference| size)?', 'cabeza', 'kopfumfang', 'kopf', 't[êe]te', 'tour de t[êe]te', 'testa', 'circonferenza testa', 'cabe[çc]a', 'hoofdomtrek', 'hoofd', '頭囲', '头围']],
  ['hand', ['hand circumference', 'handumfang', 'tour de main', 'circonferenza (?:della )?mano', '手囲', '手围']],
  ['torso', ['torso(?: length)?', 'back length', 'r[üu]ckenl[äa]nge', 'largo de espalda', 'longueur du dos', 'lunghezza (?:del )?busto', 'comprimento do tronco', 'rugl(?:engte)?', '背面長', '背长']],
  ['height', [
    'height', 'tall', 'estatura', 'altura', 'k[öo]rpergr[öo](?:ß|ss)e', 'gr[öo](?:ß|ss)', 'altezza', 'alt[oa]', 'lengte',
    '身長', '身高', '个子', '키', 'طولي',
  ]],
  ['weight', ['weight', 'weigh', 'peso', 'pes[oa]', 'gewicht', 'wiege', 'poids', 'p[èe]se', 'peso', 'weeg', 'gewicht', '体重', '몸무게', 'وزني']],
];

/** Verbs that introduce a height without naming it ("I'm 1.75", "mido 175", "he's 140 cm"): weaker than nouns. */
const HEIGHT_VERBS = [
  "i'?m", 'i am', "(?:he|she)'?s", '(?:he|she) is', 'mido', 'mide', 'ich bin', '(?:er|sie) ist', 'ich messe', 'misst', 'je mesure', 'mesure', 'je fais', 'misuro', 'sono', '[èe] alt[oa]',
  'tenho', 'tem', 'me[çc]o', 'mede', 'ik ben', 'hij is', 'zij is',
];

/** French "taille 38" is a size, Dutch "taille 72 cm" a waist: these count only with a unit. */
// Hand words are everyday words ("de segunda mano", "main"), so they too need a unit.
const UNIT_ONLY: Array<[BodyKind, string[]]> = [['waist', ['taille', 'vita']], ['hand', ['hand', 'mano', 'main', 'm[ãa]o']]];

// Looks past a leading lookbehind or group: "(?<![一二])足" is not Latin, "h[üu]fte" and "(?:my )foot" are.
const LATIN_START = /^(?:\(\?<?[=!][^)]*\)|\((?:\?:)?)*[\p{Script=Latin}']/u;

function wordPattern(words: readonly string[]): string {
  return words
    .map((word) => (LATIN_START.test(word) ? `(?<![\\p{L}\\p{N}])(?:${word})(?![\\p{L}])` : `(?:${word})`))
    .join('|');
}

export interface KindWord {
  kind: BodyKind;
  /** noun: names the measurement; verb: "I'm", "mido" (height only); unitOnly: needs a unit. */
  strength: 'noun' | 'verb' | 'unitOnly';
  start: number;
  end: number;
}

const MATCHERS: Array<{ kind: BodyKind; strength: KindWord['strength']; pattern: RegExp }> = [
  ...NOUNS.map(([kind, words]) => ({ kind, strength: 'noun' as const, pattern: new RegExp(wordPattern(words), 'giu') })),
  { kind: 'height', strength: 'verb', pattern: new RegExp(wordPattern(HEIGHT_VERBS), 'giu') },
  ...UNIT_ONLY.map(([kind, words]) => ({ kind, strength: 'unitOnly' as const, pattern: new RegExp(wordPattern(words), 'giu') })),
];

/** Every measurement word in the text; where two overlap ("tour de poitrine"/"poitrine"), the longer. */
export function findKindWords(text: string): KindWord[] {
  const all: KindWord[] = [];
  for (const { kind, strength, pattern } of MATCHERS) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].length > 0) all.push({ kind, strength, start: m.index, end: m.index + m[0].length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KindWord[] = [];
  for (const word of all) {
    const last = kept.at(-1);
    if (!last || word.start >= last.end) kept.push(word);
    else if (word.end - word.start > last.end - last.start) kept[kept.length - 1] = word;
  }
  return kept;
}

/**
 * What may stand between a measurement word and its number: "waist: 72", "chest is about 96",
 * "身高大概172", "Brust ca. 96", "tour de poitrine de 92", "ウエストは70".
 */
export const WORD_TO_NUMBER = new RegExp(
  `^(?:[\\s:=：~〜≈-]|(?<![\\p{L}])(?:is|are|was|about|around|approx(?:imately|\\.)?|roughly|maybe|ca\\.?|circa|environ|à peu près|unos|unas|cerca de|aprox(?:imadamente|\\.)?|etwa|ungef[äa]hr|ongeveer|zo'?n|has|have|tiene|tengo|hat|habe|fait|fa|ha|tem|tenho|heeft|heb|mide|misura|mesure|meet|mede|measures?|es|est|ist|è|é|de|di|of|van|von|bei|um die|sobre|por volta de|intorno a|sui)(?![\\p{L}])|は|が|で|約|约|大概|大约|是|有|为|だいたい|およそ|은|는|이|가|약)*$`,
  'iu',
);

/** "104 de pecho", "90 cm de busto", "92 di petto", "30 of waist": the word names the number before it. */
export const NUMBER_OF_WORD = /^\s*(?:de|di|du|d'|of|van|da)\s+(?:(?:la|el|mi|my|the|il|le|o|a)\s+)?$/iu;

/** Only spaces (or a hyphen) between a number and a word after it: "90 cm chest", "165cm tall". */
export const NUMBER_THEN_WORD = /^[\s-]{0,2}$/u;
