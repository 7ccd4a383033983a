/**
 * Which of the store's markets a question is about, from a currency or country it names
 * ("in pounds", "日本円で", "在美国", "to Australia"): prices are quoted in that market's price list.
 */
import { foldText } from '../language/index.js';

interface StoreMarket {
  code: string;
  country_code: string;
  currency: string;
}

const CURRENCY_WORDS: Record<string, RegExp> = {
  GBP: /£|\bgbp\b|\bpounds?\b|\bsterling\b|\blibras?\b|\bpfund\b|\blivres?\b|\bsterlin[ae]\b|\bponden?\b|ポンド|英镑/,
  JPY: /¥|円|\bjpy\b|\byen\b|日元|日币/,
  USD: /\busd\b|us\$|\bus dollars?\b|\bdolares estadounidenses\b|美元|米ドル/,
  CAD: /\bcad\b|c\$|canadian dollars?|加元|カナダドル/,
  AUD: /\baud\b|a\$|australian dollars?|澳元|豪ドル/,
  EUR: /€|\beur\b|\beuros?\b|欧元|ユーロ/,
};

const COUNTRY_WORDS: Record<string, RegExp> = {
  US: /\b(us|usa|u\.s\.a?\.?|united states|america|estados unidos|ee\.? ?uu\.?|vereinigte staaten|etats-unis|stati uniti|verenigde staten)\b|美国|アメリカ|米国/,
  GB: /\b(uk|united kingdom|britain|england|reino unido|grossbritannien|royaume-uni|regno unito|verenigd koninkrijk)\b|英国|イギリス/,
  CA: /\b(canada|kanada|canada)\b|加拿大|カナダ/,
  AU: /\b(australia|australien|australie)\b|澳大利亚|オーストラリア/,
  JP: /\b(japan|japon|japón|giappone|japao)\b|日本/,
  DE: /\b(germany|deutschland|alemania|allemagne|germania|duitsland)\b|德国|ドイツ/,
  FR: /\b(france|frankreich|francia|frankrijk)\b|法国|フランス/,
  ES: /\b(spain|spanien|espana|espagne|spagna|spanje)\b|西班牙|スペイン/,
  IT: /\b(italy|italien|italia|italie)\b|意大利|イタリア/,
  NL: /\b(netherlands|holland|niederlande|paises bajos|pays-bas|paesi bassi|nederland)\b|荷兰|オランダ/,
  PT: /\b(portugal|portogallo)\b|葡萄牙|ポルトガル/,
};

export function marketNamedIn(text: string, markets: readonly StoreMarket[]): string | undefined {
  const folded = foldText(text).toLowerCase();
  for (const [country, pattern] of Object.entries(COUNTRY_WORDS)) {
    if (pattern.test(folded)) {
      const market = markets.find((m) => m.country_code === country);
      if (market) return market.code;
    }
  }
  for (const [currency, pattern] of Object.entries(CURRENCY_WORDS)) {
    if (pattern.test(folded) || pattern.test(text)) {
      const market = markets.find((m) => m.currency === currency);
      if (market) return market.code;
    }
  }
  return undefined;
}

export function storeMarkets(profile: Record<string, unknown>): StoreMarket[] {
  return Array.isArray(profile.markets) ? (profile.markets as StoreMarket[]).filter((m) => typeof m?.code === 'string') : [];
}
