/**
 * Hand-made evidence for short Latin-script messages, where statistical detectors guess: function
 * words and shop vocabulary per language, diacritics, and romanised Japanese/Chinese/Korean/Arabic
 * ("arigatou", "chumon", "xiexie"). A word listed for several languages counts for each in part.
 */
import type { Locale } from './locales.js';
import { stripDiacritics } from './normalize.js';

// Folded spellings (lower case, no diacritics). Shop words matter as much as function words:
// shoppers often write telegraphic "talla M pedido 1234".
const WORDS: Partial<Record<Locale, string>> = {
  en: `the my where is was what when how can could would you your i im it this that these order orders
    shipping delivery please want need have has does do dont don't why which with for of and to not
    size return refund package parcel arrived yet still get will should any about there they me are be
    been did didnt from just only item items tracking wrong help buy cancel change address pay card
    shoes jacket fit small large big long hey thanks thank if or but so an at on by we our us ship
    received receive delivered hasnt haven't isn't it's doesnt can't cant wont won't whats where's
    bought purchase sent send shipped exchange available stock price cost much many days week ago`,
  es: `el la los las de del que en y mi mis es esta por para con no un una pedido pedidos cuando donde
    como puedo quiero tengo hay talla envio devolver devolucion gracias hola su sus lo le se pero muy
    tambien todavia aun llegado llega llegar paquete compra compre pagar tarjeta cambiar cancelar
    necesito ayuda hace dias semana ya si este esto ese usted ustedes vuestro vuestra tienen tiene
    zapatillas camiseta chaqueta cuanto cuesta gastos reembolso numero seguimiento me al nada puede
    hacer quisiera ropa talle envian enviais sigue recibido recibi estoy soy son mas bueno`,
  de: `der die das den dem des ein eine einen ist und ich mein meine meinen meiner nicht wo wie was wann
    warum kann konnen habe hat noch schon bestellung bestellungen lieferung versand grosse
    rucksendung zuruck bitte danke mit von fur auf auch aber oder sie ihr ihre es wir uns zu bei nach
    sind wird wurde keine kein paket sendung bezahlen zahlung rechnung umtauschen stornieren andern
    adresse schuhe jacke passt gibt welche welcher geld tage woche seit heute mir mich dass mochte
    wurde gerne hallo ware artikel bekommen erhalten angekommen geliefert immer warte bin haben
    grosser kleiner hose kleid man kostet wieviel viel`,
  fr: `le la les de du des un une est et je j ma mon mes ou quand comment pourquoi quel quelle commande
    commandes livraison taille retour rembourser remboursement colis pas ne n que qui pour avec sur
    dans vous votre vos nous il elle ce cette c puis peux pouvez voudrais veux suis ai avez toujours
    encore recu envoyer payer carte annuler modifier adresse chaussures veste combien coute frais
    jours semaine depuis aujourd hui merci bonjour s il plait svp aide besoin mais au aux tres est-ce
    qu taille pointure rien livre expedie`,
  it: `il lo la i gli le di del della che e un una mio mia miei dove quando come perche quale ordine
    spedizione consegna taglia reso rimborso pacco non per con su in ho hai ha sono posso potete
    vorrei voglio ancora gia arrivato arrivata pagare carta annullare modificare indirizzo scarpe
    giacca quanto costa spese giorni settimana da grazie ciao buongiorno aiuto bisogno mi ci si vi
    questo questa anche ma o nel nella al alla sul della ricevuto pacchetto numero taglie misura`,
  pt: `o a os as de do da dos das que e um uma meu minha meus onde quando como porque qual pedido
    encomenda envio entrega tamanho devolucao devolver reembolso pacote nao para com em no na nos
    eu voce voces tenho tem posso podem quero gostaria ainda ja chegou pagar cartao cancelar alterar
    mudar endereco sapatos tenis jaqueta casaco quanto custa frete dias semana obrigado obrigada ola
    ajuda preciso isso este esta mas ou muito tambem recebi minha seu sua numero rastreio rastreamento`,
  nl: `de het een en is ik mijn waar wanneer hoe waarom welke wat bestelling levering verzending maat
    retour terugsturen geld terug pakket pakketje niet geen voor met op in van te aan je jij u uw
    jullie wij heb heeft hebben kan kunnen wil wilt zou graag nog al aangekomen ontvangen betalen
    kaart annuleren wijzigen adres schoenen jas hoeveel kost verzendkosten dagen week bedankt hallo
    hulp nodig dit deze dat maar of ook er wordt zijn was mij me bezorgd bezorging retourneren
    ruilen besteld mn m'n`,
  ja: `arigatou arigato arigatou gozaimasu chumon chuumon onegaishimasu onegai sumimasen konnichiwa
    desu desuka masu doko kudasai henpin haisou todoku todokimasu todokanai itsu nimotsu saizu
    kaimashita shimasu shitai dekimasu dekimasuka arimasu arimasuka imasu mada kyanseru henkin
    hassou watashi nani okurete kaitai hoshii ikura soryo shouhin gozaimasu`,
  'zh-CN': `nihao xiexie dingdan kuaidi tuihuo tuikuan zai nali shenme shihou fahuo wode haoma
    chima duoshao qian meiyou shoudao`,
  ko: `annyeonghaseyo gamsahamnida jumun eodi baesong hwanbul saijeu eonje juseyo isseoyo`,
  ar: `shukran marhaba salam inshallah wein talabi habibi mashallah yalla`,
};

// Letters that only some of the languages use; weights reflect how telling each one is.
const LETTER_HINTS: Array<{ pattern: RegExp; locales: Locale[]; weight: number }> = [
  { pattern: /[ñ¿¡]/g, locales: ['es'], weight: 2 },
  { pattern: /ß/g, locales: ['de'], weight: 2 },
  { pattern: /[äö]/g, locales: ['de'], weight: 1.5 },
  { pattern: /ü/g, locales: ['de'], weight: 1 },
  { pattern: /[ãõ]/g, locales: ['pt'], weight: 2 },
  { pattern: /ç/g, locales: ['fr', 'pt'], weight: 1 },
  { pattern: /[êâô]/g, locales: ['fr', 'pt'], weight: 1 },
  { pattern: /[èù]/g, locales: ['fr', 'it'], weight: 1 },
  { pattern: /[ìò]/g, locales: ['it'], weight: 1.5 },
  { pattern: /à/g, locales: ['fr', 'it', 'pt'], weight: 0.7 },
  { pattern: /[áíóú]/g, locales: ['es', 'pt'], weight: 0.8 },
  { pattern: /é/g, locales: ['es', 'fr', 'pt', 'it'], weight: 0.4 },
  { pattern: /[œî]/g, locales: ['fr'], weight: 1.5 },
  { pattern: /[ëï]/g, locales: ['fr', 'nl'], weight: 0.8 },
  { pattern: /\b\w*ij\w*\b/g, locales: ['nl'], weight: 0.8 },
];

const WORD_TABLE = new Map<string, Locale[]>();
for (const [locale, list] of Object.entries(WORDS) as Array<[Locale, string]>) {
  for (const word of list.split(/\s+/).filter(Boolean)) {
    const locales = WORD_TABLE.get(word) ?? [];
    if (!locales.includes(locale)) locales.push(locale);
    WORD_TABLE.set(word, locales);
  }
}

/** Locales written in Latin script by default; romanised ones get evidence only from their word list. */
const ROMANISED: ReadonlySet<Locale> = new Set(['ja', 'zh-CN', 'ko', 'ar']);

export interface WordHints {
  scores: Partial<Record<Locale, number>>;
  /** Words that matched any list. */
  matchedWords: number;
  /** Words of the text in total. */
  totalWords: number;
}

/** Scores Latin-script text by word lists and letters. `lowered` is NFKC + lower-cased text. */
export function scoreWordHints(lowered: string): WordHints {
  const scores: Partial<Record<Locale, number>> = {};
  const add = (locale: Locale, value: number): void => {
    scores[locale] = (scores[locale] ?? 0) + value;
  };
  const words = stripDiacritics(lowered).match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  let matchedWords = 0;
  for (const word of words) {
    const locales = WORD_TABLE.get(word);
    if (!locales) continue;
    matchedWords++;
    // Romanised words are rare in other languages, so they count fully even when a word is shared.
    for (const locale of locales) add(locale, ROMANISED.has(locale) ? 1.2 : 1 / locales.length);
  }
  for (const hint of LETTER_HINTS) {
    const count = lowered.match(hint.pattern)?.length ?? 0;
    if (count === 0) continue;
    // Repeated letters add less: one "ñ" is decisive, ten are not ten times more so.
    const value = hint.weight * Math.min(1 + Math.log2(count), 3);
    for (const locale of hint.locales) add(locale, value / hint.locales.length);
  }
  return { scores, matchedWords, totalWords: words.length };
}
