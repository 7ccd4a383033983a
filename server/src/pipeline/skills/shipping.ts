/**
 * Shipping questions. "Do you ship to Mexico?" is answered from the store's own data — the countries
 * its warehouses ship to (store.json `warehouses[].ships_to`, market codes) — with a clear yes or no in
 * the shopper's language; a yes also brings the help center's rows for that country. Everything else
 * about shipping (costs, times, customs) is a help-center question.
 */
import { t } from '../../i18n/i18n.js';
import { formatList } from '../../i18n/format.js';
import { foldText } from '../language/index.js';
import { countryName, findCountry } from '../geo/country-names.js';
import type { Skill, SkillResult, TurnContext } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { storeMarkets } from '../../commerce/catalog/market.js';

const ASKS_SHIP_TO = new RegExp(
  [
    '\\b(ship|shipping|deliver|delivery|send|post) (to|in)\\b', 'do you (also )?(ship|deliver)', 'can i order from',
    '\\benvi(os|an|ais|ar|amos) (tambien )?a\\b', 'hacen envios', '\\bmandan a\\b', 'entregan en',
    '\\b(liefert|liefern|versendet|versenden|schickt|verschickt) (ihr |sie )?(auch )?nach\\b', 'lieferung nach',
    '\\b(livrez|livrer|expediez|expedier|envoyez|envoyer)(-?vous)? (en|au|aux|a)\\b',
    '\\b(spedite|spedire|spedisce|consegnate|consegnare) (anche )?(in|a)\\b',
    '\\b(enviam|enviar|entregam|entregar) (para|em|pra)\\b',
    '\\b(leveren|levert|verzenden|verzendt|versturen) (jullie |je )?(naar|in)\\b',
    '(に|へ)(発送|配送|送|届け)', '(寄|发|运|送|配送)到', '能寄', '배송',
  ].join('|'),
);
// "How much is shipping to Spain?", "how long to Japan?": the help center's rows answer those.
const ASKS_DETAIL = /free|gratis|gratuit|kostenlos|how much|cost|price|fee|how long|how many days|when will|cuanto|cuesta|precio|tarda|wie viel|wieviel|kosten|wie lange|dauert|combien|prix|frais|delai|quanto|costa|tempo|hoeveel|kost|hoe lang|duurt|いくら|料金|送料|何日|いつ|多少|运费|多久|几天|关税|customs|duties|aduana|zoll|douane|dogana|alfandega|税/;

/** The countries the store's warehouses ship to, as ISO codes (market codes such as UK mapped through store.markets). */
function destinations(profile: Record<string, unknown>): Set<string> {
  const markets = storeMarkets(profile);
  const toCountry = (code: string) => markets.find((m) => m.code === code)?.countryCode ?? (code === 'UK' ? 'GB' : code);
  const out = new Set<string>();
  const warehouses = Array.isArray(profile.warehouses) ? (profile.warehouses as Array<{ ships_to?: unknown }>) : [];
  for (const w of warehouses) for (const code of Array.isArray(w.ships_to) ? w.ships_to : []) if (typeof code === 'string') out.add(toCountry(code));
  return out;
}

async function answerDestination(ctx: TurnContext, country: string, shipsTo: Set<string>): Promise<SkillResult> {
  const locale = ctx.u.locale;
  const name = countryName(country, locale);
  if (shipsTo.has(country)) {
    const rows = await answerFromKnowledge(ctx);
    const text = [t(locale, 'shipping.ships_to_yes', { country: name }), ...(rows.answered ? rows.replies.map((r) => r.text) : [])].join('\n');
    const sources = rows.answered ? rows.replies.flatMap((r) => r.sources ?? []) : [];
    return { replies: [{ text, ...(sources.length ? { sources } : {}) }], answered: true, answerability: rows.answerability };
  }
  const countries = formatList([...shipsTo].map((c) => countryName(c, locale)).sort((a, b) => a.localeCompare(b, locale)), locale);
  // Cite the article that lists the destinations (searched in English: it exists in every store's default locale).
  const article = await answerFromKnowledge(ctx, 'Which countries do you ship to? Delivery destinations and shipping methods');
  const sources = article.answered ? article.replies.flatMap((r) => r.sources ?? []) : [];
  return { replies: [{ text: t(locale, 'shipping.ships_to_no', { country: name, countries }), ...(sources.length ? { sources } : {}) }], answered: true };
}

export function shippingSkill(fallback: Skill): Skill {
  return async (ctx) => {
    const folded = foldText(ctx.text).toLowerCase();
    const shipsTo = destinations(ctx.store.row.profile as Record<string, unknown>);
    if (shipsTo.size > 0 && ASKS_SHIP_TO.test(folded) && !ASKS_DETAIL.test(folded)) {
      const country = findCountry(ctx.text);
      if (country) return answerDestination(ctx, country, shipsTo);
    }
    return fallback(ctx);
  };
}
