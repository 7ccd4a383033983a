/**
 * detectHumanRequest: the shopper asks for a person (agent, staff, phone, "not a bot").
 * `explicit` requests ("talk to a human", "转人工") hand off at once; `contact` ones ("how do I
 * contact customer service?", "what's your phone number?") may be answered from the store's
 * contact article first.
 */
import type { Locale } from '../language/locales.js';
import { compilePhrases, foldForCues } from './phrase-matcher.js';

export interface HumanRequest {
  requested: boolean;
  kind: 'explicit' | 'contact' | 'none';
  cues: string[];
}

const EXPLICIT = compilePhrases([
  // en
  '(talk|speak|chat) (to|with) (a |an |some |one of your )?(real |actual |live )?(human|person|people|agent|someone|somebody|representative|rep|manager|supervisor|member of staff|staff)',
  '(real|actual|live|human) (person|human|agent|being|operator)', 'human (please|pls|now)', '^(?:(agent|human|operator|representative|real person|live agent|someone)[.!,? ]*(please|pls|plz|now|asap)?[.!,? ]*)+$',
  "(i )?(want|need|demand) (an? |to speak to an? |to talk to an? )?(agent|human|operator|representative)(?! of)",
  '(connect|transfer|put|pass|escalate|forward) (me|this)( through)? to (a |an |the )?(human|person|agent|live|representative|operator|support|someone)',
  'not (a |the |with a |to a )(bot|robot|machine)', 'not (a )?(bot|robot)[.!]*$', "(don'?t|do not) want (to chat with |to talk to )?(a |the )?(bot|robot)", 'get me (a |an )?(real |live )?(person|human|agent)',
  'can (a|someone|somebody) (person|human|member of (your )?staff|from your team) (call|contact|help)', 'call me back',
  // es
  'hablar con (una |un |alguien|algun)(persona|humano|agente|responsable|operador|de verdad|ser humano)?', '(persona|agente|humano) (real|de verdad)', 'pasa(me|dme) con', 'agente( humano)?( por favor)?$', 'operador( por favor)?$', 'no quiero hablar con (un )?(bot|robot)', 'me puede (llamar|contactar) alguien',
  // de
  '(mit )?(einem |einer )?(echten |realen )?(menschen|mitarbeiter|person|vorgesetzten|ansprechpartner)( sprechen| reden)', '(jemand(en)?|mitarbeiter\\w*) (vom|von|aus dem|im) .{0,25}(sprechen|erreichen)', 'echte(r|n)? mensch', 'mitarbeiter (bitte|sofort)', '^mitarbeiter', '(verbinde|verbindet|verbinden sie) mich', 'kein(en)? (bot|roboter)', 'nicht mit einem (bot|roboter)', 'zuruckrufen', 'menschliche(r|n)? mitarbeiter', 'ansprechpartner bitte',
  // fr
  'parler (a|avec) (un |une |quelqu)(humain|personne|conseiller|agent|responsable|etre humain|vrai)?', '(vraie|vrai) (personne|humain)', 'passez-moi (un|une|le|la|quelqu)', 'mettez-moi en relation', '^conseiller', 'un humain', 'pas (a |avec )?un robot', 'rappelez-moi', 'me rappeler (par telephone|au |sur |demain|aujourd)', "quelqu'?un .{0,25}me rappeler", 'me rappeler\\s*\\??$', 'agent humain', 'un operateur',
  // it
  'parlare con (una |un |qualcuno)(persona|umano|operatore|responsabile|essere umano)?', 'persona vera', 'passatemi', '^operatore', 'operatore umano', 'non voglio parlare con un (bot|robot)', 'mi (puo|puoi) richiamare', 'in carne e ossa', 'un addetto',
  // pt
  'falar com (uma |um |alguem)(pessoa|humano|atendente|gerente|ser humano)?', 'pessoa (real|de verdade)', 'me passa (agora )?para', '^atendente', 'atendente humano', 'nao quero falar com (um )?robo', 'alguem pode me ligar',
  // nl
  '(met )?(een )?(echt |echte )?(mens|persoon|medewerker|leidinggevende) (spreken|praten)', 'echt (mens|persoon)', 'verbind me', '^medewerker', 'menselijke medewerker', 'niet met een (bot|robot)', 'terugbellen', 'met iemand echt', 'iemand (van .{0,30})?(spreken|aan de lijn|aan de telefoon)', 'ik wil (graag )?(een )?(medewerker|mens|persoon)',
  // ja
  '人と話', '人間と話', '人間のスタッフ', 'オペレーター', '有人対応', '担当者', '担当の方', '係の人', 'スタッフにつな', '本物の人', '折り返し電話',
  // zh
  '转人工', '人工客服', '人工服务', '找人工', '^人工[。！!]*$', '真人(?!(图|圖|实拍|照|秀|模特|试穿|上身|买家秀|版|尺寸))', '转接客服', '找客服', '和客服(说|聊|沟通)', '客服人员', '找.{0,4}经理',
  // ko, ar
  '상담원', '사람과', '상담사', '(التحدث|اتحدث|أتحدث|تحدث|حولوني|حولني|وصلني|كلمني|أريد) (مع |إلى |الى |ب)?(موظف|إنسان|ممثل|المدير)', 'شخص حقيقي', '(التحدث|اتحدث|أتحدث|حولوني|حولني|وصلني) (مع |إلى |الى |ب)?خدمة العملاء',
]);

const CONTACT = compilePhrases([
  'contact (customer|your|the)? ?(service|support|care|team)', 'customer (service|care|support)', 'phone number', 'phone line', 'can i call', 'reach (your )?(support|customer)', 'get in touch',
  'atencion al cliente', 'servicio al cliente', 'numero de telefono', 'contacto con (soporte|atencion)', 'kundenservice', 'kundendienst', 'telefonnummer', 'hotline', 'support telefonisch', 'service client', 'numero de telephone', 'joindre votre support',
  'servizio clienti', 'assistenza clienti', 'numero di telefono', 'atendimento', 'telefone', 'suporte', 'klantenservice', 'telefoonnummer', 'カスタマー', 'サポートに連絡', '電話番号', '客服', '电话', 'خدمة العملاء', 'رقم هاتف',
]);

/**
 * `locale` is accepted for symmetry with the other signals; cues of every language are checked
 * because shoppers mix languages ("agente please").
 */
export function detectHumanRequest(text: string, _locale?: Locale): HumanRequest {
  const folded = foldForCues(text);
  const explicit = EXPLICIT.matches(folded);
  if (explicit.length > 0) return { requested: true, kind: 'explicit', cues: explicit };
  const contact = CONTACT.matches(folded);
  if (contact.length > 0) return { requested: true, kind: 'contact', cues: contact };
  return { requested: false, kind: 'none', cues: [] };
}
