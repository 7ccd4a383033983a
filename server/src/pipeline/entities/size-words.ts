/**
 * The words around a size, in the nine languages: size nouns ("talla", "Größe", "サイズ"), the verbs
 * shoppers wear sizes with ("I wear", "je fais du", "calzo", "穿"), and what is not a size after them
 * ("llevo 3 días"). Latin words start at a word boundary, so "him 2" is not "I'm 2".
 */

export const LETTER = '(?:XXXS|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL|[2-5]X)';
// Portuguese P/G/GG are S/L/XL.
export const LETTER_PT = '(?:PP|P|M|G|GG|XG)';

export const SIZE_WORD =
  '(?:(?<![\\p{L}])(?:(?:schuh|schoen|kleider|kleding|konfektions)?gr[öo](?:ss|ß)e|(?:schoen|kleding|confectie)maat|size|sz|talla|talle|tama[nñ]o|gr[öo](?:ss|ß)e|gr\\.|taille|pointure|taglia|misura|numero|número|n[úu]mero|tamanho|maat)(?![\\p{L}])|サイズ|尺码|尺寸|码数|사이즈)';

const USUALLY =
  "(?:usually|normally|typically|generally|always|mostly|normalmente|siempre|normalerweise|meistens|immer|d'habitude|normalement|toujours|di solito|sempre|meestal|altijd)";
// What may come between the verb and the size: "I'm a 10", "je fais du 38", "llevo la talla M".
const ARTICLE = '(?:an?|du|de la|la|le|una?|el|il|lo|o|um|uma|een|size|talla|taille|taglia|tamanho|maat|gr[öo](?:ss|ß)e)';
// Verbs that only ever take a size: the article is optional ("I wear 10", "calzo 44", "ich trage 42").
const WEAR_VERBS = '(?:wear(?:ing)?|calzo|cal[çc]o|uso|trage(?: ich)?|draag|chausse)';
// Verbs that take many objects: a size only with an article ("I'm a 10", "je prends du 40", "porto la 42").
const ARTICLE_VERBS = "(?:i'?m|i am|take|llevo|visto|fais|porte|prends|porto|indosso|prendo|heb|zit in)";

/** What introduces a size a shopper wears; the size follows after optional spaces. */
export const SIZE_LEAD =
  `(?:${SIZE_WORD}\\s?(?:is|es|ist|est|:|de|du|un|una|a|il|el|o|en|in|le|la)?` +
  `|(?<![\\p{L}])(?:${USUALLY}\\s)?${WEAR_VERBS}(?:\\s${USUALLY})?(?:\\s${ARTICLE})?` +
  `|(?<![\\p{L}])(?:${ARTICLE_VERBS}(?:\\s${USUALLY})?|${USUALLY})\\s${ARTICLE}` +
  '|(?:平时|一般|通常)?穿(?:的是)?)';

// Time, money and counted things are not sizes: "llevo 3 días", "I'm a 2 year old", "uso 2 veces".
export const NOT_A_SIZE_AFTER =
  '\\s?(?:(?:years?|yrs?|y\\.?o|months?|weeks?|days?|hours?|minutes?|mins?|times?|pairs?|items?|orders?|kids?|children|people|persons?|euros?|dollars?|' +
  'd[íi]as|semanas|meses|años|anos|horas|veces|vezes|pedidos|tage|wochen|monate|jahre|stunden|mal|jours|semaines|mois|ans|heures|fois|' +
  'giorni|settimane|mesi|anni|ore|volte|paia|dagen|weken|maanden|jaar|uur|keer)(?![\\p{L}])|%|€|\\$|日|天|年|月|時間|小时|回|次|歳|岁|円|元|件|個|个|双)';

export const SHOE_CONTEXT = /shoe|boot|sneaker|trainer|runner|zapat|bota|schuh|stiefel|chaussure|basket|scarp|sapat|t[êe]nis|schoen|靴|スニーカー|ブーツ|鞋|靴子|신발|履/iu;
