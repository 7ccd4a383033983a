/**
 * detectFrustration: how upset the shopper sounds, 0 (calm) to 2 (angry), and whether the message
 * is abusive (insults, slurs, profanity aimed at the store or assistant). Cues: angry words per
 * language, repeated waiting ("third time", "still"), shouting (CAPS, "!!!"), and abuse.
 */
import type { Locale } from '../language/locales.js';
import { compilePhrases, foldForCues } from './phrase-matcher.js';

export interface Frustration {
  level: 0 | 1 | 2;
  abusive: boolean;
  cues: string[];
}

// Clearly angry: one of these is enough for level 2.
const ANGRY = compilePhrases([
  'unacceptable', 'ridiculous', 'outrageous', 'disgusting', 'scam', 'fraud', 'furious', 'worst (service|company|shop|store|experience)', 'never (again|order(ing)? again)', 'fed up', 'sick of', 'pathetic', 'useless', '(this|that) is a joke', 'what a joke', 'thieves', 'rip-?off',
  'inaceptable', 'vergonzoso', 'estafa', 'indignado', 'harto', 'una verguenza', 'fatal servicio', 'es una (broma|tomadura de pelo)', 'ladrones',
  'inakzeptabel', 'unverschamt', 'frechheit', 'betrug', 'stinksauer', 'wutend', 'unmoglich', 'nie wieder', 'katastrophe', 'das ist (doch )?ein witz', 'diebe',
  'inadmissible', 'inacceptable', 'honteux', 'arnaque', 'furieux', 'scandaleux', 'en ai marre', 'plus jamais', "c'est une blague", 'voleurs',
  'inaccettabile', 'vergognoso', 'truffa', 'furioso', 'ridicolo', 'mai piu', 'sono stufo', 'e uno scherzo', 'ladri',
  'inaceitavel', 'absurdo', 'vergonha', 'golpe', 'furioso', 'palhacada', 'nunca mais', 'isso e uma piada', 'ladroes',
  'onacceptabel', 'belachelijk', 'schandalig', 'oplichting', 'woedend', 'nooit meer', 'ik ben het zat', 'dit is een grap', 'dieven',
  'ありえない', 'ふざけ', '腹が立', '最悪', '詐欺', '二度と', '許せない', 'いい加減に',
  '太过分', '气死', '骗子', '垃圾', '坑人', '再也不', '太差', '什么破',
  '최악', '사기', '화가', 'احتيال', 'غير مقبول', 'أسوأ',
]);
// Unhappy but not (yet) angry: two of these, or one with shouting, make level 2.
const UNHAPPY = compilePhrases([
  'disappointed', 'unhappy', 'annoyed', 'frustrat', 'still (not|no|nothing|waiting|haven)', '(second|third|fourth) time', 'again\\?', 'for weeks', 'no one (answers|replies|responds)', 'nobody (answers|replies)', 'terrible', 'awful', 'very bad', 'not happy', 'waiting for ages',
  'decepcionad', 'descontent', 'molest', 'todavia (no|nada)', '(segunda|tercera) vez', 'nadie (responde|contesta)', 'llevo (semanas|dias)', 'fatal',
  'enttausch', 'unzufrieden', 'argerlich', 'immer noch (nicht|kein)', '(zweite|dritte)(n)? mal', 'niemand antwortet', 'seit wochen', 'schlecht',
  'decu', 'mecontent', 'toujours (pas|rien)', '(deuxieme|troisieme) fois', 'personne ne repond', 'depuis des semaines', 'nul(le)?(?![a-z])(?! part)',
  'delus', 'insoddisfatt', 'ancora (niente|non)', '(seconda|terza) volta', 'nessuno risponde', 'da settimane',
  'decepcionad', 'insatisfeit', 'chatead', 'ainda (nao|nada)', '(segunda|terceira) vez', 'ninguem responde', 'ha semanas',
  'teleurgesteld', 'ontevreden', 'nog steeds (niet|geen|niks)', '(tweede|derde) keer', 'niemand reageert', 'al weken',
  '不満', 'がっかり', 'まだ届', '何度も', '二回目', '返事がない', 'いつまで',
  '失望', '不满', '还没', '第二次', '没人回', '等了好久', '到底',
  '실망', '아직도', 'محبط', 'ما زلت',
]);
// Insults and profanity; these also make a message abusive.
const ABUSE = compilePhrases([
  'fuck', 'f\\*ck', 'shit', 'bitch', 'asshole', 'bastard', 'idiot', 'moron', 'stupid (bot|machine|company|people)', 'dumb (bot|ass)', 'retard', 'cunt', 'wtf',
  'mierda', 'gilipollas', 'cabron', 'idiota', 'imbecil', 'joder', 'puta', 'estupido',
  'scheisse', 'scheiss', 'arschloch', 'idioten?', 'vollidiot', 'verdammt', 'dumme(r|s)? (bot|laden)', 'wichser',
  'putain', 'merde', 'connard', 'salaud', 'debile', 'abruti', 'bordel',
  'cazzo', 'stronz', 'vaffanculo', 'merda', 'coglion', 'idiota',
  'porra', 'caralho', 'merda', 'idiota', 'otario', 'foda-se',
  'kut', 'klote', 'godverdomme', 'klootzak', 'tering',
  'クソ', 'バカ', '馬鹿', 'アホ', '死ね', 'ボケ',
  '傻逼', '他妈的', '妈的', '去死', '混蛋', '白痴',
  '씨발', '개새끼', '병신', 'غبي', 'حمار', 'تبا',
]);

// One emphatic word in capitals ("I want a refund NOW", "3 weeks and NOTHING") counts like "!!!".
const EMPHATIC_CAPS =
  /(?<![\p{L}])(?:NOW|NOTHING|NEVER|STILL|ASAP|AGAIN|WHY|AHORA|NADA|NUNCA|YA|JETZT|SOFORT|NICHTS|NIE|IMMER NOCH|MAINTENANT|RIEN|JAMAIS|TOUJOURS|SUBITO|NIENTE|MAI|ANCORA|AGORA|AINDA|NU|NIETS|NOOIT|NOG STEEDS)(?![\p{L}])/u;

function isShouting(text: string): boolean {
  const letters = text.match(/\p{Lu}|\p{Ll}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters.length >= 8 && upper / letters.length > 0.7;
}

export function detectFrustration(text: string, _locale?: Locale): Frustration {
  const folded = foldForCues(text);
  const angry = ANGRY.matches(folded);
  const unhappy = UNHAPPY.matches(folded);
  const abuse = ABUSE.matches(folded);
  const cues = [...angry, ...unhappy, ...abuse];
  const exclamations = /[!！]{2,}|[?？][!！]|[!！][?？]|[?？]{3,}/u.test(text);
  if (exclamations) cues.push('!!!');
  const shouting = isShouting(text);
  if (shouting) cues.push('CAPS');
  const emphatic = !shouting && EMPHATIC_CAPS.test(text);
  if (emphatic) cues.push('CAPS-WORD');

  const abusive = abuse.length > 0;
  let level: 0 | 1 | 2 = 0;
  if (angry.length > 0 || abusive) level = 2;
  else if (unhappy.length >= 2 || (unhappy.length === 1 && (exclamations || shouting || emphatic))) level = 2;
  else if (unhappy.length === 1 || exclamations || shouting || emphatic) level = 1;
  return { level, abusive, cues };
}
