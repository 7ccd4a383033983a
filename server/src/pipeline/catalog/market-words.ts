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

// States, provinces and big cities people give instead of their country ("I live in Ohio", "shipping
// to Texas", "ich wohne in Köln"). Names that are also countries or common words (Georgia, Victoria,
// Porto) are left out.
const PLACE_WORDS: Record<string, RegExp> = {
  US: /\b(alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|los angeles|san francisco|chicago|seattle|boston|miami|houston|nyc)\b|加州|纽约|德州|カリフォルニア|ニューヨーク/,
  CA: /\b(ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|toronto|vancouver|montreal|ottawa|calgary)\b|多伦多|温哥华|トロント|バンクーバー/,
  AU: /\b(new south wales|queensland|tasmania|south australia|western australia|sydney|melbourne|brisbane|perth|adelaide|canberra)\b|悉尼|墨尔本|シドニー|メルボルン/,
  GB: /\b(scotland|wales|northern ireland|london|manchester|birmingham|glasgow|edinburgh|liverpool|bristol|leeds)\b|伦敦|ロンドン/,
  JP: /\b(tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka)\b|東京|大阪|京都|横浜|名古屋|札幌|福岡|东京/,
  DE: /\b(berlin|munich|munchen|hamburg|koln|cologne|frankfurt|stuttgart|dusseldorf|leipzig|dresden)\b|柏林|慕尼黑|ベルリン|ミュンヘン/,
  FR: /\b(paris|lyon|marseille|toulouse|bordeaux|lille|nantes|nice|strasbourg)\b|巴黎|パリ/,
  ES: /\b(madrid|barcelona|valencia|sevilla|seville|bilbao|malaga|zaragoza)\b|马德里|巴塞罗那|マドリード|バルセロナ/,
  IT: /\b(roma|rome|milano|milan|napoli|naples|torino|turin|firenze|florence|bologna|venezia|venice)\b|罗马|米兰|ローマ|ミラノ/,
  NL: /\b(amsterdam|utrecht|den haag|the hague|eindhoven|groningen)\b|阿姆斯特丹|アムステルダム/,
  PT: /\b(lisboa|lisbon|braga|coimbra|faro)\b|里斯本|リスボン/,
};

/** What help articles call a country, in the supported languages: appended to a question before extraction. */
export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States USA Estados Unidos Vereinigte Staaten États-Unis Stati Uniti Verenigde Staten アメリカ 米国 美国',
  GB: 'United Kingdom UK Reino Unido Vereinigtes Königreich Royaume-Uni Regno Unito Verenigd Koninkrijk イギリス 英国',
  CA: 'Canada Kanada Canadá カナダ 加拿大',
  AU: 'Australia Australien Australie オーストラリア 澳大利亚',
  JP: 'Japan Japón Japon Giappone Japão 日本',
  DE: 'Germany Deutschland Alemania Allemagne Germania Duitsland ドイツ 德国',
  FR: 'France Frankreich Francia Frankrijk フランス 法国',
  ES: 'Spain Spanien España Espagne Spagna Spanje スペイン 西班牙',
  IT: 'Italy Italien Italia Italie イタリア 意大利',
  NL: 'Netherlands Niederlande Países Bajos Pays-Bas Paesi Bassi Nederland オランダ 荷兰',
  PT: 'Portugal Portogallo ポルトガル 葡萄牙',
};

/** The country (ISO code) a question names, if any. */
export function countryNamedIn(text: string): string | undefined {
  const folded = foldText(text).toLowerCase();
  return Object.entries(COUNTRY_WORDS).find(([, pattern]) => pattern.test(folded))?.[0]
    ?? Object.entries(PLACE_WORDS).find(([, pattern]) => pattern.test(folded))?.[0];
}

// Currencies used in one country only: "I paid A$1118" says the shopper is in Australia.
const SINGLE_COUNTRY_CURRENCIES: Record<string, string> = { AUD: 'AU', CAD: 'CA', GBP: 'GB', JPY: 'JP' };

/** The country a question's currency points to (A$, C$, £, ¥), when it names no country. */
export function countryOfCurrencyIn(text: string): string | undefined {
  const folded = foldText(text).toLowerCase();
  const currency = Object.keys(SINGLE_COUNTRY_CURRENCIES).find((code) => CURRENCY_WORDS[code]!.test(folded));
  return currency ? SINGLE_COUNTRY_CURRENCIES[currency] : undefined;
}

/**
 * Whether a help-center text mentions that country. Two-letter codes count only in capitals there
 * ("US", "UK"), so "contact us" is not the United States.
 */
export function textMentionsCountry(country: string, text: string): boolean {
  const pattern = COUNTRY_WORDS[country];
  if (!pattern) return false;
  const withoutCodes = foldText(text).toLowerCase().replace(/\b(us|uk)\b/g, ' ');
  if (pattern.test(withoutCodes)) return true;
  const code = country === 'GB' ? 'UK' : country;
  return new RegExp(`\\b${code}\\b`).test(text);
}

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
