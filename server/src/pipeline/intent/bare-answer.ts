/**
 * isBareAnswer: a message that only gives an identifier — an email ("tom@example.net", "mi correo
 * es …"), an order number ("2040", "#2033", "order 2040"), a postcode or a tracking number — is an
 * answer to a question the assistant asked, not a new request. Its intent is `other`, and the
 * pipeline hands it to the skill that asked. Anything more ("where's #2033", "list all orders for
 * x@y.com") is left to the model.
 */
import { extractEntities } from '../entities/index.js';
import { foldText } from '../language/normalize.js';

// Words that may come with an identifier: "my email is", "sorry, it's", "order number", "邮箱是".
const LATIN_FILLER = [
  // en
  'my', 'email', 'e-mail', 'mail', 'address', 'is', "it's", 'its', 'it', 'here', 'sorry', 'oops', 'the', 'order', 'number', 'no', 'nr', 'num', 'id', 'ref', 'reference',
  'postcode', 'post code', 'postal code', 'zip', 'zip code', 'tracking', 'and', 'i think', 'oh', 'wait', 'try', 'this one', 'this', 'that', 'instead', 'actually', 'i meant',
  'use', 'with', 'under', 'correct', 'typo', 'ok', 'okay', 'yes', 'sure', 'please', 'pls', 'thanks', 'thank you', 'hi', 'hello', 'hey', 'a', 'of', 'was', 'should be', 'one',
  // es / pt / it
  'mi', 'correo', 'correo electronico', 'es', 'el', 'la', 'pedido', 'numero', 'de', 'perdon', 'era', 'este', 'esta', 'con', 'codigo', 'codigo postal', 'cp', 'si', 'vale', 'gracias', 'hola',
  'o', 'meu', 'minha', 'endereco', 'e', 'encomenda', 'desculpa', 'cep', 'aqui', 'sim', 'obrigado', 'obrigada', 'ola', 'oi',
  'il', 'lo', 'mio', 'mia', 'indirizzo', "l'indirizzo", 'ordine', "l'ordine", "l'email", "l'e-mail", 'scusa', 'scusate', 'codice', 'codice postale', 'cap', 'ecco', 'grazie', 'ciao',
  // de / nl / fr
  'meine', 'mein', 'adresse', 'ist', 'die', 'der', 'das', 'bestellung', 'bestellnummer', 'nummer', 'plz', 'postleitzahl', 'entschuldigung', 'hier', 'lautet', 'ja', 'danke', 'hallo',
  'mijn', 'mailadres', 'e-mailadres', 'adres', 'het', 'bestelling', 'bestelnummer', 'bedankt', 'dank je', 'sorry', 'hoi',
  'mon', 'ma', "l'adresse", 'courriel', 'est', "c'est", 'commande', 'le', 'desole', 'desolee', 'pardon', 'code postal', 'voici', 'oui', 'merci', 'bonjour', 'salut',
];
const CJK_FILLER = [
  'メールアドレス', 'メール', 'アドレス', '注文番号', '注文', '番号', '郵便番号', 'すみません', 'こちら', 'お願いします', 'です', 'は', 'の', 'で',
  '我的', '邮箱地址', '邮箱', '邮件', '地址', '订单号', '订单', '号码', '邮编', '不好意思', '抱歉', '这个', '是', '号',
  '제', '이메일', '주문번호', '입니다', '이에요', '은', '는', 'بريدي', 'رقم الطلب',
];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FILLER = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${[...LATIN_FILLER].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    `(?:${CJK_FILLER.map(escape).join('|')})`,
  ].join('|'),
  'gu',
);
// A number alone is an order number the shopper was asked for ("2040", "#2033").
const BARE_NUMBER = /#?\s?\d{3,12}/g;

export function isBareAnswer(text: string): boolean {
  // Every identifier has a digit or an "@": most messages are settled without extracting anything.
  if (text.length > 200 || !/[\d@]/.test(text)) return false;
  const entities = extractEntities(text);
  let rest = text;
  const spans = [
    ...entities.emails.map((email) => email),
    ...entities.orderNumbers.map((o) => o.raw),
    ...entities.trackingCandidates.map((t) => t.raw),
    ...entities.postcodes.map((p) => p.value),
  ];
  let found = false;
  for (const span of spans.sort((a, b) => b.length - a.length)) {
    const at = rest.toLowerCase().indexOf(span.toLowerCase());
    if (at < 0) continue;
    rest = `${rest.slice(0, at)} ${rest.slice(at + span.length)}`;
    found = true;
  }
  const withoutNumbers = rest.replace(BARE_NUMBER, ' ');
  if (withoutNumbers !== rest) found = true;
  if (!found) return false;
  const left = foldText(withoutNumbers).replace(/[’‘´`]/g, "'").replace(FILLER, ' ');
  return !/[\p{L}\p{N}]/u.test(left);
}
