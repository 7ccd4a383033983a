/**
 * Function words and chat filler in the Latin-script languages Parley serves, folded (no
 * diacritics). They carry no topic, so they neither generate search candidates nor count towards
 * answerability. One merged set: a query's language is often uncertain, and the lists barely clash.
 */
const LISTS: Record<string, string> = {
  en: `a an the and or but if of to in on at by for from with without about into over under as is are was were be been
    being am do does did doing have has had having i me my mine we us our you your yours he she it its they them their
    this that these those there here what which who whom whose when where why how can could would should will shall may
    might must not no yes so than then too very just also only any some all each every more most other such own same
    again once get got please hi hello hey thanks thank ok okay want need know tell help much many one let im ive dont
    cant didnt doesnt isnt wont youre whats hows hasnt havent wasnt werent arent couldnt wouldnt shouldnt s t d ll m re ve`,
  es: `el la los las un una unos unas y o u pero si de del al a en con sin por para sobre entre como que qué es son era
    fue ser estar esta este esto estos estas ese esa eso mi mis tu tus su sus nuestro nuestra yo me te se le les lo nos
    vos usted ustedes ella ellos hay cuando donde dónde cómo como cual cuál quien puedo puede pueden podria quiero
    necesito hola gracias favor por ya muy mas más también tambien solo algo alguna algun alguno todo todos ha he han
    hay tengo tiene tienen`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber wenn von zu im in an am auf mit ohne für
    fur uber über unter als ist sind war waren sein bin bist habe hast hat haben ich mich mir mein meine meinen meiner
    du dich dir dein deine er sie es wir uns unser ihr euch ihre sich was wer wie wo wann warum welche welcher kann
    konnen können könnte konnte mochte möchte will muss nicht kein keine ja nein so auch nur noch schon sehr bitte
    hallo danke mal doch denn dass zum zur vom beim`,
  fr: `le la les l un une des du de d et ou mais si a à au aux en dans sur sous avec sans pour par que qu qui quoi
    quel quelle quels quelles est sont etait été etre être suis es je j me m mon ma mes tu te t ton ta tes il elle on
    nous vous ils elles leur leurs se s son sa ses ce cet cette ces y ne pas plus comment ou où quand pourquoi peux
    peut puis-je puis voudrais veux dois bonjour merci svp stp aussi tres très deja déjà avoir ai as avez ont`,
  it: `il lo la i gli le un uno una e ed o ma se di del della dei delle degli da dal dalla in nel nella con senza su
    sul per tra fra che chi cosa come dove quando perche perché quale è e sono era essere ho hai ha abbiamo avete hanno
    io mi me mio mia miei mie tu ti tuo tua lui lei noi ci vostro loro si non sì no posso puoi può vorrei voglio devo
    ciao grazie anche molto gia già`,
  pt: `o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas com sem por para pelo pela sobre entre
    que quem qual como onde quando porque é sao são era ser estar esta este isto esse essa eu me meu minha meus minhas
    voce você seu sua nos nós nosso nossa ele ela eles elas lhe não sim posso pode quero preciso ola olá obrigado
    obrigada tambem também muito ja já tenho tem`,
  nl: `de het een en of maar als van voor naar in op aan met zonder bij uit over onder dat die dit deze wat wie hoe
    waar wanneer waarom welke is zijn was waren ben bent heb hebt heeft hebben ik mij me mijn jij je jou jouw u uw hij
    zij ze wij we ons onze jullie hun zich niet geen ja nee kan kun kunt kunnen wil wilt moet zou graag hallo hoi
    dank bedankt ook al nog wel er te`,
};

export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS).flatMap((list) => list.split(/\s+/).filter(Boolean).map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))),
);

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
