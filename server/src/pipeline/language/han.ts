/**
 * Japanese or Chinese for text written only in Han characters (no kana), e.g. "注文番号1234" or
 * "退货地址". Characters simplified only in mainland Chinese, or only in Japanese, settle most cases.
 */
import type { Locale } from './locales.js';

// Simplified forms (and particles) that Japanese does not use.
const CHINESE_ONLY = new Set(
  '们这个么吗呢吧货订运发东请问为时给说买钱还没过对让码该样谁哪怎后从见长门开关车贵购邮递换颜联实际质单应边现处费则'.split(''),
);
// Japanese-only shinjitai and kokuji (mainland Chinese writes them differently).
const JAPANESE_ONLY = new Set('込払様円発変届戻売説価楽気帰読駅歳県広図実営働畑峠辺検済証険験写沢渋跡'.split(''));
const CHINESE_ONLY_WORDS = ['的', '是', '我', '不', '在'];

export interface HanVerdict {
  locale: Extract<Locale, 'ja' | 'zh-CN'> | undefined;
  evidence: number;
}

export function judgeHanText(text: string): HanVerdict {
  let chinese = 0;
  let japanese = 0;
  for (const char of text) {
    if (CHINESE_ONLY.has(char)) chinese++;
    else if (JAPANESE_ONLY.has(char)) japanese++;
  }
  // Frequent Chinese function characters also appear in Japanese compounds, so they count half.
  for (const word of CHINESE_ONLY_WORDS) if (text.includes(word)) chinese += 0.5;
  if (text.includes('注文') || text.includes('返品') || text.includes('送料')) japanese += 2;
  if (chinese === japanese) return { locale: undefined, evidence: 0 };
  return chinese > japanese
    ? { locale: 'zh-CN', evidence: chinese - japanese }
    : { locale: 'ja', evidence: japanese - chinese };
}
