/**
 * detectSensitiveTopics: subjects a store wants a person to handle or at least to know about —
 * payment disputes, legal threats, wholesale enquiries, press, data deletion, damaged goods.
 */
import type { Locale } from '../language/locales.js';
import { compilePhrases, foldForCues, type PhraseMatcher } from './phrase-matcher.js';

export const SENSITIVE_TOPICS = ['chargeback', 'legal', 'wholesale', 'press', 'data_deletion', 'damaged_item'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

const CUES: Record<SensitiveTopic, PhraseMatcher> = {
  chargeback: compilePhrases([
    'charge ?back', 'dispute (the|this|a)? ?(charge|payment|transaction)', '(open|file|raise) a (dispute|claim) (with|on|at) (paypal|my bank|the bank|visa|amex)', 'call my bank', 'contact my bank', 'reverse the (charge|payment)', 'paypal (claim|dispute)',
    'contracargo', 'disputa (con|en) (paypal|el banco|mi banco)', 'reclamar al banco', 'ruckbuchung', 'lastschrift (zuruck|widerruf)', 'zahlung (zuruckbuchen|zuruckholen)',
    'rejet de paiement', 'opposition (sur|a) (ma|la) carte', 'litige paypal', 'storno (della|sulla) carta', 'contestazione', 'estorno', 'contestar (a|na) (compra|cobranca)', 'contact(ar|er|eren)? (a |met )?(mi|ma|meine|mijn|meu|la mia|o meu) (banco|banque|bank|banca)', '(meine|mijn) bank (einschalten|kontaktieren|bellen)',
    'terugboeking', 'チャージバック', 'カード会社に(連絡|異議)', '銀行に連絡', '拒付', '退单', '银行投诉', '信用卡公司', 'paypal.{0,10}(申诉|纠纷)',
  ]),
  legal: compilePhrases([
    'lawyer', 'attorney', 'sue ', 'sue you', 'legal action', 'lawsuit', 'court(?![a-z])', 'small claims', 'consumer protection', 'trading standards', 'report you to',
    'abogado', 'denuncia', 'poner una demanda', 'demandar', 'tribunal', 'accion legal', 'oficina de consumo', 'oficina del consumidor', 'anwalt', 'rechtsanwalt', 'klage einreichen', 'verklagen', 'gericht', 'verbraucherzentrale', 'rechtliche schritte', 'anzeige erstatten',
    'avocat', 'poursuite', 'tribunal', 'porter plainte', 'action en justice', 'repression des fraudes', 'avvocato', 'denuncia', 'tribunale', 'azione legale', 'querela', 'advogado', 'processo judicial', 'processar voces', 'procon', 'justica',
    'advocaat', 'rechtszaak', 'aangifte', 'juridische stappen', 'consumentenbond', '弁護士', '訴え', '裁判', '消費者センター', '法的', '律师', '起诉', '法院', '消协', '投诉到', '12315', '변호사', '소송', 'محامي', 'محكمة',
  ]),
  wholesale: compilePhrases([
    'wholesale', 'bulk (order|purchase|pricing|discount)', 'reseller', 'resell', 'distributor', 'b2b', 'trade (account|pricing)', 'stockist', 'corporate order', 'large quantit', 'for my (shop|store|team|company) .{0,20}(units|pieces|pcs)', '\\d{2,} (units|pieces|pcs)',
    'al por mayor', 'mayorista', 'distribuidor', 'revendedor', 'pedido grande', 'grosshandel', 'wiederverkaufer', 'handler(konto|preise)', 'grossbestellung', 'vente en gros', 'grossiste', 'revendeur', 'distributeur',
    'all.ingrosso', 'rivenditore', 'distributore', 'atacado', 'revendedor', 'distribuidor', 'groothandel', 'wederverkoper', 'distributeur', '卸売', '業販', '大量注文', '代理店', '批发', '经销', '代理商', '大批量', '采购', '도매', 'جملة',
  ]),
  press: compilePhrases([
    'journalist', 'reporter', 'press (inquiry|enquiry|request|contact)', 'media (inquiry|enquiry|request)', 'interview', 'article about', 'for (a|an|our) (magazine|newspaper|podcast|blog)', 'influencer', 'collab',
    'periodista', 'prensa', 'entrevista', 'medio de comunicacion', 'journalist(in)?', 'presseanfrage', 'fur die presse', 'redaktion', 'journaliste', 'la presse', 'giornalista', 'ufficio stampa', 'la stampa', 'intervista', 'jornalista', 'imprensa', 'entrevista',
    'persvraag', 'de pers(?![a-z])', '記者', '取材', 'メディア', 'インタビュー', '记者', '采访', '媒体', '기자', 'صحفي',
  ]),
  data_deletion: compilePhrases([
    '(delete|erase|remove|wipe) (all )?(my|all my|of my) (data|personal|account|information|info|details|profile)', 'right to (be forgotten|erasure)', 'gdpr.{0,30}(delet|eras|remov)', '(delet|eras|remov).{0,30}gdpr', 'close my account', 'forget me', 'anonymi[sz]e',
    '(borra|borrad|borren|elimina|eliminad|suprim).{0,25}(datos|cuenta|perfil)', 'derecho al olvido', 'supresion de (mis )?datos', '(losch|entfern).{0,25}(daten|konto|profil)', '(daten|konto|profil).{0,25}(loschen|entfernen)', 'vergessenwerden', 'loschung',
    '(supprim|effac).{0,25}(donnees|compte|profil|informations)', 'droit a l.oubli', 'effacement', '(cancell|elimin).{0,25}(dati|account|profilo)', 'diritto all.oblio', 'cancellazione dei (miei )?dati',
    '(apag|exclu|elimin).{0,25}(dados|conta|perfil)', 'direito ao esquecimento', 'exclusao dos (meus )?dados', '(verwijder|wis).{0,25}(gegevens|account|profiel)', 'recht op vergetelheid',
    '(データ|個人情報|アカウント).{0,10}(削除|消して|消去)', '退会', '(删除|清除|注销).{0,10}(数据|信息|账号|账户|资料)?', '(데이터|계정).{0,6}삭제', 'حذف (حسابي|بياناتي)',
  ]),
  damaged_item: compilePhrases([
    'damaged', 'broken', 'broke', 'defective', 'faulty', 'cracked', 'shattered', 'torn', 'ripped', 'hole in', 'leak', 'crushed', 'snapped', 'stopped working', "doesn'?t (work|turn on)", 'falling apart',
    'danad', 'rot[oa]s?(?![a-z])', 'defectuos', 'agujero', 'rasgad', 'estropead', 'no funciona', 'no enciende', 'beschadig', 'kaputt', 'defekt', 'beschadigt', 'gerissen', 'loch', 'funktioniert nicht', 'geht nicht an', 'riss',
    'abime', 'casse', 'defectueux', 'dechire', 'trous?(?![a-z])', 'ne marche pas', 'ne fonctionne pas', 'ne s.allume pas', 'danneggiat', 'rott[oa]', 'difettos', 'strappat', 'buco', 'non funziona', 'non si accende',
    'danificad', 'quebrad', 'quebrou', 'defeito', 'rasgad', 'furo', 'nao funciona', 'nao liga', 'beschadigd', 'stuk(?![a-z])', 'kapot', 'defect', 'gescheurd', 'gat erin', 'werkt niet', 'gaat niet aan',
    '破損', '壊れ', '不良品', '穴が', '破れ', '割れ', '点きません', '動かない', '损坏', '坏了', '破了', '质量问题', '打不开', '漏水', '漏气', '파손', '고장', 'تالف', 'مكسور',
  ]),
};

/** The sensitive topics a message touches, in the fixed order of SENSITIVE_TOPICS. */
export function detectSensitiveTopics(text: string, _locale?: Locale): SensitiveTopic[] {
  const folded = foldForCues(text);
  return SENSITIVE_TOPICS.filter((topic) => CUES[topic].test(folded));
}
