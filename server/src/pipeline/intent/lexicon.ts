/**
 * Hand-written cue words per intent in the nine languages, on folded text (lower case, no
 * diacritics, digits as "0"). They are features for the model, not rules: the model learns how
 * much to trust each cue from the training set, and the cues carry that trust over to words the
 * training set never used. A Latin cue matches at the start of a word.
 */
import { compilePhrases, type PhraseMatcher } from '../signals/phrase-matcher.js';
import type { Intent } from './intents.js';

const CUES: Partial<Record<Intent, string[]>> = {
  tracking: [
    'track', 'where (is|are) my', "where'?s my", 'when will (it|my|the)', 'not (arrived|received|here|delivered)', "(hasn'?t|haven'?t|didn'?t|never) (arrived|received|got|come|shipped)", 'in transit', 'out for delivery', 'shipped yet', 'dispatched', 'parcel', 'package', 'delivery status', 'order status',
    'seguimiento', 'rastre', 'donde esta mi', 'no (me )?ha llegado', 'cuando (llega|me llega)', 'en transito', 'mi paquete', 'mi envio',
    'sendungsverfolgung', 'sendungsnummer', 'tracking', 'wo (ist|bleibt) mein', 'noch nicht (angekommen|da|geliefert|bekommen)', 'wann kommt', 'unterwegs', 'mein paket',
    'suivi', 'ou est (ma|mon)', 'il est ou', '(pas|jamais) (encore )?recu', 'quand .{0,20}(arriv|livr|recevoir)', 'en transit', 'mon colis',
    'tracciament', "dov'e (il|la|finito)", 'dove sta', 'non (e |ho )?ancora (arrivat|ricevut)', 'quando arriva', 'in transito', 'il mio pacco',
    'rastreio', 'rastreamento', 'cade', 'onde esta (o |a )?(meu|minha)', 'ainda nao (chegou|recebi|foi entregue)', 'quando chega', 'minha encomenda',
    'track (&|en) trace', 'waar (is|blijft) mijn', 'nog (steeds )?niet (ontvangen|bezorgd|binnen|geleverd)', 'wanneer (komt|wordt)', 'onderweg', 'mijn pakket',
    '追跡', '届(か|い|き)', 'いつ届', '発送され', '配達', '輸送中', '荷物', 'どこ',
    '物流', '快递', '单号', '到哪', '发货了', '没收到', '什么时候(到|能到|送到)', '包裹', '派送', '签收',
  ],
  shipping: [
    'ship(ping)? to', 'do you (ship|deliver)', 'shipping (cost|fee|time|price)', 'delivery (time|cost|option)', 'how long (does|will) (it take|delivery|shipping)', 'express', 'free (shipping|delivery)', 'customs', 'duties', 'import (tax|dut)', 'courier', 'carrier',
    'envi(ais|an|os) a', 'gastos de envio', 'envio (gratis|express|urgente)', 'aduana', 'cuanto tarda', 'mensajeria', 'liefert ihr', 'versand(kosten)? nach', 'versandkosten', 'expressversand', 'zoll', 'lieferzeit', 'versandkostenfrei',
    'livrez-vous', 'vous livrez', 'frais de (port|livraison)', 'livraison (gratuite|express|offerte)', 'douane', 'transporteur', 'spedite', 'spese di spedizione', 'spedizione (gratuita|express)', 'dogana', 'corriere',
    'enviam para', 'frete', 'envio (gratis|expresso)', 'alfandega', 'transportadora', 'versturen jullie', 'verzendkosten', 'gratis verzending', 'douane', 'invoerrechten', 'vervoerder',
    '送料', '発送でき', '配送(業者|料|日数)', '関税', '速達', '何日', '运费', '包邮', '关税', '寄到', '发货到', '几天', '加急',
  ],
  returns: [
    'return', 'refund', 'exchange', 'send (it|them|these|this) back', 'money back', 'swap',
    'devol', 'reembols', 'cambiar(la|lo)?s? por', 'retour', 'zuruck(schicken|senden|geben)', 'rucksendung', 'erstattung', 'umtausch', 'geld zuruck',
    'retourn', 'rembours', 'renvoyer', 'echanger', 'reso', 'restitu', 'rimbors', 'rendere', 'cambiar(e|le|li)? con', 'devolver', 'devolucao', 'trocar', 'troca',
    'retourneren', 'terugsturen', 'terugbetaling', 'ruilen', 'geld terug',
    '返品', '返金', '交換', '返送', '退货', '退款', '换货', '退钱', '换成', '寄回',
  ],
  order_change: [
    'cancel', 'change (the |my )?(delivery |shipping )?address', 'modify', 'amend', 'edit (my )?order', 'add (an? )?(item|second|another)', 'remove (one|an item|the)', 'wrong address', 'typo',
    'cancelar', 'anular', 'modificar (mi|el) pedido', 'cambiar la direccion', 'anadir', 'stornier', 'adresse andern', 'lieferadresse', 'bestellung (andern|anpassen)', 'hinzufugen',
    'annul', 'modifier (ma|la) commande', "changer l'adresse", 'ajouter', 'annull', 'modificare', "cambiare l'indirizzo", 'aggiungere', 'alterar', 'mudar o endereco', 'adicionar', 'annuleren', 'wijzigen', 'aanpassen', 'toevoegen',
    'キャンセル', '変更', '追加', '住所を間違', '取消', '修改', '更改', '加一', '地址(填|写)错',
  ],
  payment: [
    'pay', 'card', 'charged', 'charge', 'invoice', 'receipt', 'coupon', 'promo', 'discount code', 'voucher', 'gift card', 'klarna', 'paypal', 'installment', 'declined', 'billing', 'vat',
    'pag(ar|o)', 'tarjeta', 'cobra', 'factura', 'cupon', 'codigo de descuento', 'bizum', 'plazos', 'zahl', 'karte', 'abgebucht', 'rechnung', 'gutschein', 'rabattcode', 'raten',
    'paiement', 'payer', 'carte', 'debite', 'facture', 'code promo', 'carte cadeau', 'pagament', 'addebit', 'fattura', 'codice sconto', 'buono', 'rate',
    'pagamento', 'cartao', 'cobrad', 'fatura', 'nota fiscal', 'cupom', 'pix', 'parcel(ar|ado)', 'betal', 'kaart', 'afgeschreven', 'factuur', 'kortingscode', 'cadeaubon', 'ideal',
    '支払', '決済', 'カード', '請求', '領収書', 'クーポン', '割引コード', 'ギフト', '付款', '支付', '扣(款|钱|了)', '发票', '优惠(码|券)', '礼品卡', '分期', '收据',
  ],
  complaint: [
    'damaged', 'broken', 'broke', 'defective', 'faulty', 'wrong (item|colou?r|size|model|product)', 'missing', 'hole', 'torn', 'ripped', 'not as described', 'complain', 'used item', 'stopped working', 'leak', 'never (got|received) it',
    'danad', 'rot[oa]', 'defectuos', 'equivocad', 'falta', 'agujero', 'reclamacion', 'queja', 'estropead', 'kaputt', 'defekt', 'beschadigt', 'falsch(e|en)? (artikel|farbe|grosse)', 'fehlt', 'loch', 'beschwer', 'reklamation',
    'abime', 'casse', 'defectueux', 'mauvais (article|produit)', 'il manque', 'trou', 'reclamation', 'danneggiat', 'rott', 'difettos', 'sbagliat', 'manca', 'buco', 'reclamo',
    'danificad', 'quebr', 'defeito', 'errad', 'faltando', 'furo', 'reclamacao', 'beschadigd', 'kapot', 'defect', 'verkeerde', 'ontbreekt', 'klacht',
    '破損', '壊れ', '不良', '違う商品', '足りません', '穴', 'クレーム', '破れ', '坏', '发错', '少了', '质量问题', '投诉', '破了', '洞',
  ],
  privacy: [
    'personal (data|information|info|details)', 'my data', 'gdpr', 'delete my', 'close my account', 'privacy', 'forgotten', 'consent', 'erase',
    'datos (personales)?', 'rgpd', 'borrar', 'privacidad', 'olvido', 'daten', 'dsgvo', 'loschen', 'datenschutz', 'donnees', 'supprimer mon compte', 'confidentialite', 'oubli',
    'dati (personali)?', 'privacy', 'oblio', 'dados', 'lgpd', 'apagar', 'privacidade', 'esquecimento', 'gegevens', 'avg', 'verwijder', 'privacy',
    '個人情報', 'データ', 'プライバシー', '退会', 'アカウント(を)?削除', '个人(信息|数据)', '数据', '隐私', '注销',
  ],
  size: [
    'size', 'sizing', 'fit', 'too (small|big|tight|loose)', 'chart', 'inseam', 'waist', 'chest', 'hips', 'measure', 'true to size', 'size (up|down)', 'eu 0', 'us 0', 'uk 0', '0 ?cm', 'tall', 'length',
    'talla', 'talle', 'calzo', 'cintura', 'pecho', 'cadera', 'mido', 'tallan', 'grosse', 'passt', 'fallen .{0,10}(klein|gross)', 'taille', 'brustumfang', 'hufte', 'pointure', 'tour de', 'je chausse', 'taglia', 'vestibilita', 'vestono', 'girovita', 'torace', 'fianchi', 'calzo',
    'tamanho', 'numero', 'calco', 'peito', 'quadril', 'maat', 'vallen .{0,10}(klein|groot)', 'taille', 'borst', 'heup', 'pasvorm',
    'サイズ', '身長', '胸囲', 'ウエスト', 'ヒップ', '股下', '小さめ', '大きめ', '尺码', '码', '身高', '胸围', '腰围', '臀围', '偏(大|小)', '几码', '多大',
  ],
  presale: [
    'in stock', 'waterproof', 'material', 'made of', 'warranty', 'back in stock', 'restock', 'difference between', 'compatible', 'how (heavy|warm|long does the battery)', 'does (it|the|this) (have|come with)', 'available in',
    'stock', 'impermeable', 'material', 'garantia', 'diferencia', 'lager', 'wasserdicht', 'unterschied', 'garantie', 'verfugbar', 'en stock', 'matiere', 'difference', 'disponibil', 'materiale', 'differenza', 'estoque', 'impermeavel', 'diferenca', 'voorraad', 'waterdicht', 'verschil',
    '在庫', '防水', '素材', '保証', '違い', '再入荷', '有货', '材质', '区别', '保修', '补货', '现货',
  ],
  other: [
    'password', 'account', 'log ?in', 'sign (up|in)', 'newsletter', 'review', 'hiring', 'job', 'app', 'contrasena', 'cuenta', 'resena', 'passwort', 'konto', 'bewertung', 'mot de passe', 'compte', 'avis',
    'password', 'recensione', 'senha', 'conta', 'avaliacao', 'wachtwoord', 'nieuwsbrief', 'パスワード', 'アカウント', 'ログイン', 'レビュー', '密码', '账号', '登录', '评价', '注册',
  ],
};

const MATCHERS: Array<[Intent, PhraseMatcher]> = Object.entries(CUES).map(([intent, cues]) => [
  intent as Intent,
  compilePhrases(cues),
]);

/** The intents whose cues occur in a prepared (folded) text. */
export function lexiconCues(prepared: string): Intent[] {
  return MATCHERS.filter(([, matcher]) => matcher.test(prepared)).map(([intent]) => intent);
}
