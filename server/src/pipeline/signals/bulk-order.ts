/**
 * A bulk or corporate order written without the word "wholesale": "we need 40 crewnecks as staff
 * gifts", "200 Pullover für unsere Firma", "公司要订50件毛衣". A quantity of 20 or more plus an
 * organisation the shopper buys for. Numbers after an order word or "#" are order numbers, and
 * numbers with a unit, time or price are not quantities.
 */

const QUANTITY =
  /(?<![\d.,#:/-])(?<!(?:order|pedido|bestellung|commande|ordine|encomenda|bestelling|no\.?|nr\.?|number|numero|nummer|订单|注文)\s?(?:#|no\.?|nr\.?)?\s?)([2-9]\d|[1-9]\d{2,3})(?![\d.,:/-])(?!\s?(?:cm|mm|kg|lbs?|%|€|\$|£|eur|euros?|dollars?|usd|gbp|days?|weeks?|hours?|minutes?|mins?|months?|years?|dias|tage|jours|giorni|dagen|semanas|wochen|semaines|settimane|weken|日|天|円|元|歳|岁))/u;

const ORGANISATION = new RegExp(
  [
    '(our|my) (company|team|staff|employees|business|shop|store|boutique|club|school|office|clients)', '(staff|corporate|employee|client|team|company) (gifts?|uniforms?|event|order)',
    '(unsere|unser|meine|unseren) (firma|mitarbeiter\\w*|team|kunden|belegschaft|verein|laden|geschaft|unternehmen)', 'firmenkunden|firmenfeier|betriebsfeier',
    '(nuestra|nuestro|nuestros|mi) (empresa|equipo|plantilla|tienda|empleados|club|oficina)', '(notre|nos|mon) (entreprise|societe|equipe|salaries|boutique|club|bureau|collaborateurs)',
    '(la nostra|il nostro|i nostri|la mia) (azienda|squadra|dipendenti|negozio|ufficio|societa)', '(a nossa|nossa|nosso|nossos|minha) (empresa|equipe|equipa|funcionarios|loja|escritorio)',
    '(ons|onze|mijn) (bedrijf|team|personeel|medewerkers|winkel|kantoor|club)', '会社|企業|社員|法人|チーム', '公司|企业|员工|团队|单位', '회사|직원|단체', 'شركة|موظفين',
  ].join('|'),
  'u',
);

/** `folded`: lower case, no diacritics (see foldForCues). */
export function looksLikeBulkOrder(folded: string): boolean {
  return QUANTITY.test(folded) && ORGANISATION.test(folded);
}
