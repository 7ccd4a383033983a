/**
 * detectSensitiveTopics: subjects a store wants a person to handle or at least to know about —
 * payment disputes, legal threats, wholesale enquiries, press, data deletion, damaged goods.
 *
 * Cues must not fire on product names or everyday words: "court" is a sneaker model and "Gericht"
 * a dish, so legal cues need legal context ("take you to court", "vor Gericht"); "leak-proof",
 * "ripped jeans", "crushed velvet" and Dutch "per stuk" (each) are product words, not damage.
 */
import type { Locale } from '../language/locales.js';
import { compilePhrases, foldForCues, type PhraseMatcher } from './phrase-matcher.js';
import { looksLikeBulkOrder } from './bulk-order.js';

export const SENSITIVE_TOPICS = ['chargeback', 'legal', 'wholesale', 'press', 'data_deletion', 'damaged_item'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

// An influencer's discount code or a designer collab product is a shopping question, not press.
const CUES: Record<SensitiveTopic, PhraseMatcher> = {
  chargeback: compilePhrases([
    'charge ?back', 'disput(e|ed|ing) (the|this|a|my)? ?(charge|payment|transaction)', '(open|file|raise)(ed|d)? a (dispute|claim) (with|on|at) (paypal|my bank|the bank|visa|amex|my card)', '(call|contact|calling|contacting) my (bank|card issuer|credit card)', 'reverse the (charge|payment)', 'paypal (claim|dispute)',
    'contracargo', 'disputa (con|en|ante) (paypal|el banco|mi banco)', '(reclamar|reclamacion|reclamare) (al|en el|ante el|a mi) banco', 'anular el (cargo|pago) (con|en) (el|mi) banco',
    'ruckbuchung', 'lastschrift (zuruck|widerruf)', 'zahlung (zuruckbuchen|zuruckholen|zuruckbuchen lassen)', 'bei (meiner|der) bank (reklamier|widersprech|zuruckbuch)',
    'rejet de paiement', 'faire (une )?opposition', 'opposition (sur|a) (ma|la) carte', 'litige (paypal|aupres de (ma|la) banque|avec (ma|la) banque|bancaire)', 'contester (le|ce|mon|un|la) (paiement|prelevement|debit|transaction|achat)', '(signal|reclam)\\w* .{0,20}(a|aupres de) ma banque',
    'storno (della|sulla) carta', 'contestazione (con|alla|presso) (la )?(mia )?banca', 'contestare (il|l.) (addebito|pagamento)', 'disconoscimento',
    'estorno .{0,20}(banco|cartao|operadora)', '(banco|cartao|operadora) .{0,20}estorno', 'contestar (a|na|o) (compra|cobranca|pagamento)', 'contestacao (da|de) compra',
    'contact(ar|er|eren)? (a |met )?(mi|ma|meine|mijn|meu|la mia|o meu) (banco|banque|bank|banca)', '(meine|mijn) bank (einschalten|kontaktieren|bellen|inschakelen)', 'terugboeking', 'betaling (laten )?terugdraaien',
    'チャージバック', 'カード会社に(連絡|異議|相談)', '銀行に連絡', '拒付', '(向|找|联系|通过)(银行|信用卡公司).{0,6}(申诉|投诉|拒付|追回|退回)', '银行投诉', 'paypal.{0,10}(申诉|纠纷)', '지불 거절', '카드사', 'استرجاع المبلغ من البنك',
  ]),
  legal: compilePhrases([
    'lawyer', 'attorney', 'solicitor', 'sue (you|your|them|this|the company|for)', 'suing', 'legal action', 'lawsuit', '(take|taking|see|go|going|drag) (you |this |them |it |your company )?(to|in) court', 'court (case|action|claim|order)', 'small claims', 'consumer protection', 'trading standards', 'report you to', 'ombudsman',
    'abogado', 'denuncia', 'poner una demanda', 'demandar', 'tribunal', 'juzgado', 'accion legal', 'oficina de consumo', 'oficina del consumidor', 'asociacion de consumidores',
    'anwalt', 'rechtsanwalt', 'klage einreichen', 'verklagen', 'vor gericht', 'gerichtlich', 'verbraucherzentrale', 'rechtliche schritte', 'anzeige erstatten',
    'avocat', 'poursuites? (judiciaires?|en justice)', 'poursuivre en justice', 'tribunal', 'porter plainte', 'action en justice', 'repression des fraudes', 'association de consommateurs', 'mise en demeure',
    'avvocato', 'denuncia', 'tribunale', 'azione legale', 'querela', 'associazione (dei )?consumatori', 'advogado', 'processo judicial', 'processar (voces|a loja|a empresa)', 'procon', 'na justica', 'juizado',
    'advocaat', 'rechtszaak', 'aangifte', 'juridische stappen', 'consumentenbond', 'naar de rechter',
    '弁護士', '訴え', '裁判', '消費者センター', '法的', '律师', '起诉', '法院', '消协', '投诉到', '12315', '변호사', '소송', 'محامي', 'محكمة',
  ]),
  wholesale: compilePhrases([
    'wholesale', 'bulk (order|purchase|pricing|discount|buy)', 'buy in bulk', 'reseller', 'resell', 'distributor', 'b2b', 'trade (account|pricing)', 'stockist', 'corporate (order|gift)', 'large quantit',
    '(stock|carry|sell) your (brand|products|collection|line|knitwear|shoes|items)', 'retail partner', 'for my (shop|store|team|company) .{0,20}(units|pieces|pcs)', '\\d{2,} (units|pieces|pcs)',
    'al por mayor', 'mayorista', 'distribuidor', 'revendedor', 'pedido grande', 'vender (vuestra|su|tu) marca', 'grosshandel', 'wiederverkaufer', 'handler(konto|preise)', 'grossbestellung', '(ins|in unser) sortiment', '(eure|ihre) marke (fuhren|verkaufen|anbieten)', 'concept ?store',
    'vente en gros', 'grossiste', 'revendeur', 'distributeur', '(referencer|distribuer|revendre) (votre|vos)', 'all.ingrosso', 'rivenditore', 'distributore', '(vendere|distribuire) (il vostro|i vostri)',
    'atacado', 'revendedor', 'distribuidor', 'revender (a|os|as) (sua|seus|suas|vossa)', 'groothandel', 'wederverkoper', 'distributeur', 'in (ons|mijn) assortiment', 'jullie merk (verkopen|voeren)',
    '卸売', '業販', '大量注文', '代理店', '取り扱いたい', '仕入れ', '批发', '经销', '代理商', '大批量', '采购', '进货', '도매', 'جملة',
  ]),
  press: compilePhrases([
    'journalist', 'reporter', 'press (inquiry|enquiry|request|contact)', 'media (inquiry|enquiry|request)', 'interview', 'article about', 'for (a|an|our) (magazine|newspaper|podcast|blog)', "(i'?m|i am|we are|as) an? (influencer|content creator)", '(influencer|creator) (collab|partnership|campaign)',
    '(propose|proposal|interested in|want to|like to|looking for|offer) (a |an )?(collab|collaboration|partnership)', 'collab(oration)? (request|proposal|opportunit)', '(collaborate|collaborer|collaborare|colaborar|kooperieren|samenwerken) (with|avec|con|mit|met) (you|vous|voi|vosotros|ustedes|voces|euch|ihnen|jullie)',
    'periodista', 'prensa', 'entrevista', 'medio de comunicacion', 'journalist(in)?', 'presseanfrage', 'fur die presse', 'redaktion', 'journaliste', 'la presse', 'giornalista', 'ufficio stampa', 'per la stampa', 'intervista', 'jornalista', 'imprensa', 'entrevista',
    'persvraag', 'de pers(?![a-z])', '記者', '取材', 'メディア', 'インタビュー', '记者', '采访', '媒体', '기자', 'صحفي',
  ]),
  data_deletion: compilePhrases([
    '(delete|erase|remove|wipe) (all )?(of )?(my|all my|of my) (personal )?(data|personal|account|information|info|details|profile)', 'right to (be forgotten|erasure)', 'gdpr.{0,30}(delet|eras|remov)', '(delet|eras|remov).{0,30}gdpr', 'close my account', 'forget me(?! not)', 'anonymi[sz]e',
    '(borr|elimin|suprim)\\w*.{0,30}(datos|cuenta|perfil)', 'derecho al olvido', 'supresion de (mis )?datos', '(losch|entfern)\\w*.{0,45}(daten|konto|profil|kundenkonto)', '(daten|konto|profil|account).{0,25}(losch|entfern)', 'vergessenwerden', 'loschung',
    '(supprim|effac)\\w*.{0,30}(donnees|compte|profil|informations)', 'droit a l.oubli', 'effacement', '(cancell|elimin)\\w*.{0,30}(dati|account|profilo)', 'diritto all.oblio', 'cancellazione dei (miei )?dati',
    '(apag|exclu|elimin)\\w*.{0,30}(dados|conta|perfil)', 'direito ao esquecimento', 'exclusao dos (meus )?dados', '(verwijder|wis )\\w*.{0,30}(gegevens|account|profiel)', 'recht op vergetelheid',
    '(データ|個人情報|アカウント).{0,10}(削除|消して|消去)', '退会', '(删除|删掉|清除|注销).{0,10}(数据|信息|账号|账户|资料)', '(数据|信息|账号|账户|资料).{0,6}(删除|删掉|清除|注销)', '注销', '(데이터|계정|개인정보).{0,6}삭제', 'حذف (حسابي|بياناتي)',
  ]),
  damaged_item: compilePhrases([
    'damaged', 'broken(?! in|-in)', 'broke(?![a-z])(?! in)', 'defective', 'faulty', 'cracked', 'shattered', 'torn', 'ripped(?! (jeans|denim|knee))', 'hole in', "(has|have|had|got|with|there'?s|there is|there are) (a |an |two |some )?(small |big |huge |tiny |little )?holes?(?![a-z])", 'leak(s|ed|ing)?(?![a-z-])(?<!(does|will|would|can|could|might) (it|they|this|the \\w+) leak\\w*)', 'crushed(?! velvet)', 'snapped', 'stopped working', "doesn'?t (work|turn on)", 'falling apart',
    'came (off|apart|undone|unstitched|loose)', '(fell|fallen|come) (off|apart)', 'seam (split|ripped|burst|came|has come|opened|is coming)', '(zip|zipper|strap|handle|heel|sole|button|buckle) (broke|is broken|came off|fell off|snapped|detached|split)',
    'danad', 'rot[oa]s?(?![a-z])', 'defectuos', 'agujero', 'rasgad', 'estropead', 'no funciona', 'no enciende', 'descosid', 'se (ha )?(roto|despegado|descosido|soltado)', 'costura (abierta|rota|suelta)',
    'beschadig', 'kaputt', 'defekt', 'gerissen', 'loch(?![a-z])', 'locher', 'funktioniert nicht', 'geht nicht an', 'riss(?![a-z])', 'naht .{0,30}(aufgegangen|gerissen|offen|kaputt|lost sich)', '(abgerissen|abgefallen|abgebrochen|aufgegangen|abgelost)',
    'abime', 'cass(e|ee|ees|es)(?![a-z])', 'defectueux', 'dechire', 'trous?(?![a-z])', 'ne marche pas', 'ne fonctionne pas', 'ne s.allume pas', 'decousu', 'couture .{0,15}(craque|lache|ouverte|defaite)', '(s.est|se sont) (detache|decolle|casse|dechire)',
    'danneggiat', 'rott[oaie](?![a-z])', 'difettos', 'strappat', 'buco', 'non funziona', 'non si accende', 'scucit', 'cucitura .{0,15}(aperta|rotta|saltata)', '(si e|si sono) (staccat|rott|scucit)',
    'danificad', 'quebrad', 'quebrou', 'defeito', 'rasgad', 'furo', 'nao funciona', 'nao liga', 'descosturad', 'costura .{0,15}(abriu|soltou|aberta|rasgou)', 'se soltou', 'soltou-se',
    'beschadigd', 'stuk (gegaan|aangekomen|geleverd)', '(is|zijn|ging|gingen|kwam|kwamen) (al |helemaal |compleet )?stuk(?![a-z])', 'kapot', 'defect(?![a-z])', 'gescheurd', 'gat erin', 'werkt niet', 'gaat niet aan', 'naad .{0,15}(los|open|gescheurd)', 'losgekomen', 'afgebroken',
    '破損', '壊れ', '不良品', '穴が', '破れ', '割れ', '点きません', '動かない', 'ほつれ', '(持ち手|取っ手|ボタン|ストラップ|ヒール|靴底|ソール|ファスナー|チャック|ベルト|金具).{0,4}(取れ|外れ|切れ|剥がれ|とれ|はずれ)',
    '损坏', '坏了', '破了', '质量问题', '打不开', '漏水了', '漏气了', '开线', '脱线', '(把手|提手|拉链|扣子|鞋底|鞋跟|带子).{0,4}(掉了|断了|坏了|脱落|开胶)', '开胶', '파손', '고장', '찢어', 'تالف', 'مكسور',
  ]),
};

/** The sensitive topics a message touches, in the fixed order of SENSITIVE_TOPICS. */
export function detectSensitiveTopics(text: string, _locale?: Locale): SensitiveTopic[] {
  const folded = foldForCues(text);
  return SENSITIVE_TOPICS.filter((topic) => CUES[topic].test(folded) || (topic === 'wholesale' && looksLikeBulkOrder(folded)));
}
