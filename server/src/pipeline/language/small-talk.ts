/**
 * Greetings, thanks, goodbyes and acknowledgements in the supported languages. They decide whether
 * a message has any content (an "ok" or "merci" must not flip the conversation language, and is a
 * `greeting` intent), and are stripped from the front of a message before judging its language
 * ("Hola, where is my order?" is English).
 */
import type { Locale } from './locales.js';
import { foldText, stripDiacritics } from './normalize.js';

export type SmallTalkKind = 'greeting' | 'thanks' | 'bye' | 'ack' | 'filler';

interface SmallTalkPhrase {
  kind: SmallTalkKind;
  /** Languages the phrase belongs to; empty when used across languages ("ok", "hi", "thanks"). */
  locales: readonly Locale[];
}

// Folded spelling (lower case, no diacritics) → phrase. Multi-word phrases match as a unit.
const PHRASES: Record<SmallTalkKind, Partial<Record<Locale | 'any', string[]>>> = {
  greeting: {
    any: ['hi', 'hello', 'hey', 'hallo', 'hiya', 'yo'],
    en: ['good morning', 'good afternoon', 'good evening', 'morning', 'howdy', 'greetings'],
    es: ['hola', 'buenos dias', 'buenas tardes', 'buenas noches', 'buenas', 'que tal'],
    de: ['guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'gruss gott', 'gruezi'],
    fr: ['bonjour', 'bonsoir', 'salut', 'coucou'],
    it: ['buongiorno', 'buonasera', 'salve', 'ciao'],
    pt: ['ola', 'bom dia', 'boa tarde', 'boa noite', 'oi'],
    nl: ['hoi', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'hee'],
    ja: ['こんにちは', 'こんにちわ', 'こんばんは', 'おはようございます', 'おはよう', 'はじめまして', 'konnichiwa', 'ohayo'],
    'zh-CN': ['你好', '您好', '早上好', '下午好', '晚上好', '哈喽', '嗨', 'nihao', 'ni hao'],
    ko: ['안녕하세요', '안녕', 'annyeong', 'annyeonghaseyo'],
    ar: ['مرحبا', 'السلام عليكم', 'اهلا', 'أهلا', 'صباح الخير', 'مساء الخير', 'marhaba', 'salam'],
  },
  thanks: {
    any: ['thanks', 'thank you', 'thx', 'ty', 'tks', 'thank u', 'thankyou'],
    en: ['cheers', 'much appreciated', 'appreciate it'],
    es: ['gracias', 'muchas gracias', 'mil gracias'],
    de: ['danke', 'danke schon', 'danke sehr', 'vielen dank', 'dankeschon'],
    fr: ['merci', 'merci beaucoup', 'merci bien'],
    it: ['grazie', 'grazie mille', 'molte grazie'],
    pt: ['obrigado', 'obrigada', 'muito obrigado', 'muito obrigada', 'valeu'],
    nl: ['dank je', 'dank je wel', 'dank u', 'dank u wel', 'bedankt', 'hartelijk dank', 'dankjewel'],
    ja: ['ありがとうございます', 'ありがとうございました', 'ありがとう', 'どうも', 'arigatou', 'arigato', 'arigatou gozaimasu'],
    'zh-CN': ['谢谢你', '谢谢', '多谢', '感谢', '非常感谢', 'xiexie', 'xie xie'],
    ko: ['감사합니다', '고맙습니다', '감사해요', '고마워요', 'gamsahamnida', 'kamsahamnida'],
    ar: ['شكرا', 'شكراً', 'شكرا جزيلا', 'shukran'],
  },
  bye: {
    any: ['bye', 'bye bye', 'ciao'],
    en: ['goodbye', 'see you', 'see ya', 'have a nice day', 'have a good day', 'have a great day', 'take care', 'good night'],
    es: ['adios', 'hasta luego', 'chao', 'hasta pronto', 'buen dia', 'que tengas buen dia', 'que tengas un buen dia'],
    de: ['tschuss', 'auf wiedersehen', 'bis dann', 'bis bald', 'schonen tag noch', 'einen schonen tag noch', 'schonen abend'],
    fr: ['au revoir', 'bonne journee', 'a bientot', 'bonne soiree', 'bonne nuit', 'a plus'],
    it: ['arrivederci', 'buona giornata', 'buona serata', 'buonanotte', 'a presto'],
    pt: ['tchau', 'ate logo', 'ate mais', 'ate breve', 'adeus', 'tenha um bom dia', 'tenha um otimo dia'],
    nl: ['doei', 'tot ziens', 'fijne dag', 'nog een fijne dag', 'fijne avond', 'tot straks'],
    ja: ['さようなら', 'またね', 'では', 'おやすみなさい', 'おやすみ', '良い一日を', 'お疲れ様です', 'sayonara'],
    'zh-CN': ['再见', '拜拜', '晚安', '回头见', '祝你愉快'],
    ko: ['안녕히 계세요', '잘 가요'],
    ar: ['مع السلامة', 'وداعا'],
  },
  ack: {
    any: ['ok', 'okay', 'okey', 'k', 'kk', 'lol', 'cool', 'great', 'perfect', 'perfecto', 'super', 'top', 'np', 'yes', 'no', 'si', 'oui', 'ja', 'nee', 'nein', 'non', 'sim', 'nao', 'ok ok', 'done'],
    en: ['alright', 'all right', 'got it', 'sounds good', 'sure', 'no problem', 'nice', 'awesome', 'yep', 'nope', 'yeah'],
    es: ['vale', 'genial', 'de acuerdo', 'entendido', 'claro', 'perfecto'],
    de: ['alles klar', 'gut', 'prima', 'passt', 'verstanden', 'genau'],
    fr: ['d accord', "d'accord", 'parfait', 'entendu', 'tres bien', 'daccord'],
    it: ['va bene', 'perfetto', 'certo', 'capito', 'ottimo'],
    pt: ['beleza', 'perfeito', 'certo', 'entendi', 'ta bom', 'combinado'],
    nl: ['prima', 'oke', 'top', 'helemaal goed', 'duidelijk', 'begrepen'],
    ja: ['はい', 'いいえ', 'わかりました', '了解です', '了解', 'オッケー', 'ok です'],
    'zh-CN': ['好的', '好', '明白了', '知道了', '行', '嗯', '是的', '没问题'],
    ko: ['네', '예', '알겠습니다', '좋아요'],
    ar: ['حسنا', 'تمام', 'نعم', 'لا'],
  },
  filler: {
    any: ['there', 'so much', 'a lot', 'very much', 'again', 'to you', 'a vous', 'a toi', 'a te', 'dir', 'ihnen', 'nochmals', 'encore', 'de nuevo', 'ancora', 'de novo', 'nogmaals', 'all', 'team', 'everyone', 'guys', 'folks', 'much', 'very', 'so', 'and', 'and you', 'you', 'too', 'again!', 'for your help', 'for the help', 'for helping', 'for that'],
    es: ['por tu ayuda', 'por la ayuda', 'por todo', 'y'],
    de: ['fur die hilfe', 'fur ihre hilfe', 'und'],
    fr: ['pour votre aide', 'pour l aide', 'pour tout', 'et'],
    it: ['per l aiuto', 'per tutto', 'e'],
    pt: ['pela ajuda', 'por tudo', 'e'],
    nl: ['voor de hulp', 'voor alles', 'en'],
    ja: ['ございます', 'です', 'ね', 'よ', 'よろしくお願いします', 'よろしく'],
    'zh-CN': ['啊', '呀', '哦', '啦', '了', '呢', '你', '您'],
    ko: ['요'],
    ar: ['لك', 'جزيلا'],
  },
};

const PHRASE_TABLE = new Map<string, SmallTalkPhrase>();
for (const [kind, byLocale] of Object.entries(PHRASES) as Array<[SmallTalkKind, Partial<Record<Locale | 'any', string[]>>]>) {
  for (const [locale, phrases] of Object.entries(byLocale) as Array<[Locale | 'any', string[]]>) {
    for (const phrase of phrases) {
      const key = foldText(phrase).replace(/'/g, ' ');
      const existing = PHRASE_TABLE.get(key);
      const locales = locale === 'any' ? [] : [locale];
      if (!existing) PHRASE_TABLE.set(key, { kind, locales });
      else if (existing.locales.length > 0 && locales.length > 0) existing.locales = [...existing.locales, ...locales];
      else existing.locales = []; // listed as universal somewhere: treat as universal
    }
  }
}
const LONGEST_PHRASE = Math.max(...[...PHRASE_TABLE.keys()].map((p) => p.length));

export interface SmallTalkMatch {
  phrase: string;
  kind: SmallTalkKind;
  locales: readonly Locale[];
  /** Index in the folded text just after the phrase. */
  end: number;
}

const SEPARATOR = /[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK_OR_HANGUL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Like foldText but one output unit per input unit, so offsets map back to the original. */
function foldSameLength(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    const folded = stripDiacritics(unit.normalize('NFKC').toLowerCase());
    out += folded.length === 1 ? folded : unit;
  }
  return out.replace(/[\s'’]/g, ' ');
}

function skipSeparators(text: string, from: number): number {
  let i = from;
  while (i < text.length && SEPARATOR.test(text[i] ?? '')) i++;
  return i;
}

/** Longest small-talk phrase starting at `start` of a folded text. */
function matchAt(folded: string, start: number): SmallTalkMatch | undefined {
  for (let len = Math.min(LONGEST_PHRASE, folded.length - start); len > 0; len--) {
    const candidate = folded.slice(start, start + len);
    const phrase = PHRASE_TABLE.get(candidate);
    if (!phrase) continue;
    const next = folded[start + len] ?? ' ';
    const last = candidate[candidate.length - 1] ?? '';
    // Latin phrases must end at a word boundary ("hi" is not the start of "hiking");
    // CJK phrases need none, as there are no spaces.
    if (WORD_CHAR.test(next)) {
      if (!CJK_OR_HANGUL.test(last)) continue;
      // CJK has no spaces: only a real greeting/thanks may run straight into more text
      // ("你好我的订单…"); "好的" glued to more text is rather the start of a sentence.
      const glueable = (phrase.kind === 'greeting' || phrase.kind === 'thanks') && len >= 2;
      if (CJK_OR_HANGUL.test(next) && !glueable) continue;
    }
    return { phrase: candidate, kind: phrase.kind, locales: phrase.locales, end: start + len };
  }
  return undefined;
}

export interface SmallTalkScan {
  /** Small-talk phrases found from the start, in order. */
  matches: SmallTalkMatch[];
  /** The rest of the message after the leading small talk (original text, trimmed). */
  rest: string;
  /** True when nothing but small talk, punctuation and emoji is left. */
  onlySmallTalk: boolean;
}

/** Reads small-talk phrases from the start of a message. */
export function scanSmallTalk(text: string): SmallTalkScan {
  const folded = foldSameLength(text);
  const matches: SmallTalkMatch[] = [];
  let position = skipSeparators(folded, 0);
  while (position < folded.length) {
    const match = matchAt(folded, position);
    if (!match) break;
    matches.push(match);
    position = skipSeparators(folded, match.end);
  }
  const rest = text.slice(position).trim();
  return { matches, rest, onlySmallTalk: rest.length === 0 };
}

/** The kinds of small talk a message consists of, or undefined when it has other content. */
export function smallTalkKinds(text: string): SmallTalkKind[] | undefined {
  const scan = scanSmallTalk(text);
  if (!scan.onlySmallTalk || scan.matches.length === 0) return undefined;
  return [...new Set(scan.matches.map((m) => m.kind))];
}
