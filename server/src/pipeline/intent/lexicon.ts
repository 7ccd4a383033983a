/**
 * Hand-written cue words per intent in the supported languages, on folded text (lower case, no
 * diacritics, digits as "0"). They are features for the model, not rules: the model learns how
 * much to trust each cue from the training set, and the cues carry that trust over to words the
 * training set never used. A Latin cue matches at the start of a word.
 */
import { compilePhrases, type PhraseMatcher } from '../signals/phrase-matcher.js';
import type { Intent } from './intents.js';

const CUES: Partial<Record<Intent, string[]>> = {
  tracking: [
    // Follow-ups about a parcel or part of an order ("any update on the replacement?", "only got the scarf, where is the rest").
    'any update', 'update on (the|my|your)', 'only (got|received) (the|one|part|half)', 'the rest of my order', '(not|no) (been )?updated', 'no (tracking )?updates?', 'what about (order|#|the)',
    'novedades (de|del|sobre)', 'solo (me )?(ha llegado|llego|recibi)', 'el resto (de mi|del) pedido', 'nur (die|den|das|einen teil)', 'rest (meiner|der) bestellung', 'seit tagen (kein|nicht)', 'keine aktualisierung',
    "je n'ai recu que", 'le reste de (ma|la) commande', 'pas de mise a jour', 'ho ricevuto solo', 'il resto del(l.ordine| pacco)', 'nessun aggiornamento', 'so recebi', 'o resto (da|do) (encomenda|pedido)', 'sem atualiza',
    'alleen (de|het|een deel)', 'de rest van mijn', 'geen update', 'しか届いていない', '更新されない', '只收到', '剩下的', '没有更新', '没更新', '不更新', '物流.{0,6}(没|不)(动|变)',
    '배송 ?조회', '송장', '택배', '언제 (와|도착|오)', '어디쯤', '발송', 'تتبع', 'أين طلبي', 'متى يصل', 'لم أستلم', 'شحنة', 'الطرد',
    'update on my', 'any news', 'status of my', 'already (sent|shipped)', 'novedad', 'por donde va', 'estado de mi', 'ya (me )?habeis enviado', 'neuigkeiten', 'status meiner', 'schon verschickt',
    'des nouvelles', 'ou en est', 'expedie mes', 'novita', 'a che punto', 'gia spedit', 'novidade', 'ja enviaram', 'nieuws over', 'al verstuurd',
    '状況', '進捗', 'どうなって', '発送してくれ', '有消息', '进度', '发货了没', '发了吗',
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
    '배송비', '무료 ?배송', '관세', '며칠 걸', '배송 ?되나', '배송돼', 'الشحن', 'تشحنون', 'توصيل', 'جمارك', 'رسوم',
    'pick-?up point', 'parcel locker', 'weekend', 'saturday', 'dispatch', 'how (fast|quickly)', 'punto de recogida', 'fin de semana', 'entregais', 'llegais a', 'enviais',
    'paketshop', 'abholstation', 'wochenende', 'point relais', 'week-end', 'expediez', 'punto di ritiro', 'fine settimana', 'consegnate', 'ponto de (recolha|retirada)', 'fim de semana', 'entregam', 'despacham',
    'afhaalpunt', 'weekend', 'bezorgen jullie', 'leveren jullie', 'コンビニ受け取り', '週末', '発送まで', '自提', '周末', '能寄',
    'ship(ping)? to', 'do you (ship|deliver)', 'shipping (cost|fee|time|price)', 'delivery (time|cost|option)', 'how long (does|will) (it take|delivery|shipping)', 'express', 'free (shipping|delivery)', 'customs', 'duties', 'import (tax|dut)', 'courier', 'carrier',
    'envi(ais|an|os) a', 'gastos de envio', 'envio (gratis|express|urgente)', 'aduana', 'cuanto tarda', 'mensajeria', 'liefert ihr', 'versand(kosten)? nach', 'versandkosten', 'expressversand', 'zoll', 'lieferzeit', 'versandkostenfrei',
    'livrez-vous', 'vous livrez', 'frais de (port|livraison)', 'livraison (gratuite|express|offerte)', 'douane', 'transporteur', 'spedite', 'spese di spedizione', 'spedizione (gratuita|express)', 'dogana', 'corriere',
    'enviam para', 'frete', 'envio (gratis|expresso)', 'alfandega', 'transportadora', 'versturen jullie', 'verzendkosten', 'gratis verzending', 'douane', 'invoerrechten', 'vervoerder',
    '送料', '発送でき', '配送(業者|料|日数)', '関税', '速達', '何日', '运费', '包邮', '关税', '寄到', '发货到', '几天', '加急',
  ],
  returns: [
    // "can I still send the jacket back", "I sent it back, when do I get my money".
    'send (\\w+ ){0,4}back', 'sent (\\w+ ){0,4}back', 'get my money', 'my money (back|returned)', 'credited back', 'mandar(lo|la|los|las)? de vuelta', 'devuelto', 'mi dinero', 'zuruckgeschickt', 'mein geld',
    "renvoye", 'mon argent', 'rispedit', 'i miei soldi', 'devolvi', 'meu dinheiro', 'teruggestuurd', 'mijn geld', '送り返し', '退回', '钱什么时候', '退到',
    '반품', '환불', '교환', 'إرجاع', 'ارجاع', 'استرداد', 'استبدال', 'مرتجع',
    'return', 'refund', 'exchange', 'send (it|them|these|this) back', 'money back', 'swap',
    'devol', 'reembols', 'cambiar(la|lo)?s? por', 'retour', 'zuruck(schicken|senden|geben)', 'rucksendung', 'erstattung', 'umtausch', 'geld zuruck',
    'retourn', 'rembours', 'renvoyer', 'echanger', 'reso', 'restitu', 'rimbors', 'rendere', 'cambiar(e|le|li)? con', 'devolver', 'devolucao', 'trocar', 'troca',
    'retourneren', 'terugsturen', 'terugbetaling', 'ruilen', 'geld terug',
    '返品', '返金', '交換', '返送', '退货', '退款', '换货', '退钱', '换成', '寄回',
  ],
  order_change: [
    '취소', '변경', '수정', '추가', 'إلغاء', 'الغاء', 'ألغوا', 'تغيير عنوان', 'تعديل', 'إضافة', 'أضيفوا',
    'instead', 'different address', 'neighbou?r', 'correct (the|my|it)', 'fix (the|my|it)', 'wrong (house|street|apartment|postcode|zip)', 'en vez de', 'vecin', 'corregir', 'portal',
    'stattdessen', 'nachbar', 'korrigier', 'hausnummer', 'a la place', 'voisin', 'corriger', 'numero de rue', 'invece', 'vicin', 'correggere', 'numero civico', 'cap sbagliato',
    'em vez disso', 'vizinh', 'corrigir', 'numero da casa', 'in plaats daarvan', 'buur', 'huisnummer', '代わりに', '隣', '修正', '番地', '改送', '邻居', '门牌号', '改一下',
    'cancel', 'change (the |my )?(delivery |shipping )?address', 'modify', 'amend', 'edit (my )?order', 'add (an? )?(item|second|another)', 'remove (one|an item|the)', 'wrong address', 'typo',
    'cancelar', 'anular', 'modificar (mi|el) pedido', 'cambiar la direccion', 'anadir', 'stornier', 'adresse andern', 'lieferadresse', 'bestellung (andern|anpassen)', 'hinzufugen',
    'annul', 'modifier (ma|la) commande', "changer l'adresse", 'ajouter', 'annull', 'modificare', "cambiare l'indirizzo", 'aggiungere', 'alterar', 'mudar o endereco', 'adicionar', 'annuleren', 'wijzigen', 'aanpassen', 'toevoegen',
    'キャンセル', '変更', '追加', '住所を間違', '取消', '修改', '更改', '加一', '地址(填|写)错',
  ],
  payment: [
    // Codes and charges: "can I use WELCOME10 with the sale", "I forgot to enter my code", "betaalmethodes".
    'betaal', 'betaling', 'code (on|with|at|to)', 'on top of', 'stack', 'combine (the |two )?(codes?|discounts?|offers?)', 'apply (the |a |my )?(code|discount)', 'forgot (to (use|enter|add) )?(the |my )?(code|coupon)', '(use|enter|add) (the |a |my )?code',
    '(usar|poner|aplicar) el codigo', 'olvid.{0,20}codigo', 'code (eingeben|vergessen|einlosen)', 'gutscheincode', 'codigo promocional', 'code de reduction', 'oublie.{0,20}code', 'codice promozionale', 'codice sconto', 'cupom de desconto', 'esqueci.{0,20}(codigo|cupom)', 'kortingscode', 'vergeten.{0,20}code',
    'クーポンコード', 'コードを(入れ|使)', '优惠码', '折扣码', '忘了用',
    'ruckbuchung', 'chargeback', 'my bank', 'mi banco', 'meiner bank', 'ma banque', 'mia banca', 'meu banco', 'mijn bank', '銀行', '银行',
    '결제', '카드', '쿠폰', '할부', '영수증', '상품권', '기프트카드', '페이', 'الدفع', 'بطاقة', 'كود الخصم', 'قسيمة', 'فاتورة', 'إيصال', 'تقسيط', 'خصم',
    'mastercard', 'visa', 'amex', 'apple pay', 'google pay', 'redeem', 'vale regalo', 'canjear', 'recibo', 'recargo', 'beleg', 'einlosen', 'gebuhr',
    "bon d'achat", 'recu ', 'buono regalo', 'ricevuta', 'commission', 'vale-presente', 'taxa', 'cadeaubon', 'bon op naam', 'inwisselen', 'ギフト券', '手数料', '万事达', '礼品券', '手续费', '信用卡',
    'pay', 'card', 'charged', 'charge', 'invoice', 'receipt', 'coupon', 'promo', 'discount code', 'voucher', 'gift card', 'klarna', 'paypal', 'installment', 'declined', 'billing', 'vat',
    'pag(ar|o)', 'tarjeta', 'cobra', 'factura', 'cupon', 'codigo de descuento', 'bizum', 'plazos', 'zahl', 'karte', 'abgebucht', 'rechnung', 'gutschein', 'rabattcode', 'raten',
    'paiement', 'payer', 'carte', 'debite', 'facture', 'code promo', 'carte cadeau', 'pagament', 'addebit', 'fattura', 'codice sconto', 'buono', 'rate',
    'pagamento', 'cartao', 'cobrad', 'fatura', 'nota fiscal', 'cupom', 'pix', 'parcel(ar|ado)', 'betal', 'kaart', 'afgeschreven', 'factuur', 'kortingscode', 'cadeaubon', 'ideal',
    '支払', '決済', 'カード', '請求', '領収書', 'クーポン', '割引コード', 'ギフト', '付款', '支付', '扣(款|钱|了)', '发票', '优惠(码|券)', '礼品卡', '分期', '收据',
  ],
  complaint: [
    // Warranty claims and threats about a problem: "status of my warranty claim", "I'll call my lawyer".
    'warranty (claim|case|repair|request)', 'garantiefall', 'garantieantrag', 'garantieanspruch', 'reklamationsstatus', 'reclamacion de garantia', 'garantia (del|de la|de mi)', 'demande de garantie', 'prise en charge (sous|de la) garantie',
    'richiesta di garanzia', 'pratica di garanzia', 'acionar a garantia', 'pedido de garantia', 'garantieaanvraag', 'garantieclaim', '保証(申請|修理|対応)', '保修(申请|进度|处理)',
    'lawyer', 'abogado', 'anwalt', 'avocat', 'avvocato', 'advogado', 'advocaat', '弁護士', '律师', 'porter plainte', 'consumer', 'consumidor', 'verbraucher', 'consommateur', 'consumator', 'consument',
    'ほつれ', '开线', '持ち手', '取れて', 'came off', 'fell off',
    '불량', '파손', '고장', '구멍', '다른 상품', '빠졌', '실망', '중고', 'تالف', 'مكسور', 'معيب', 'ثقب', 'خاطئ', 'شكوى', 'مستعمل', 'لا يعمل', 'تعطل',
    'tear', 'stain', '(second|third) time', 'clearly used', '(piece|part) (is )?missing', 'desgarro', 'mancha', '(segunda|tercera) vez', 'pieza', 'riss', 'fleck', '(zweite|dritte)n? mal', 'teil fehlt',
    'dechir', 'tache', '(deuxieme|troisieme) fois', 'piece', 'strappo', 'macchia', '(seconda|terza) volta', 'pezzo', 'rasgad', 'peca', 'scheur', 'vlek', '(tweede|derde) keer', 'onderdeel',
    'シミ', '二回目', '部品', '污渍', '第二次', '零件', '口子',
    'damaged', 'broken', 'broke', 'defective', 'faulty', 'wrong (item|colou?r|size|model|product)', 'missing', 'hole', 'torn', 'ripped', 'not as described', 'complain', 'used item', 'stopped working', 'leak', 'never (got|received) it',
    'danad', 'rot[oa]', 'defectuos', 'equivocad', 'falta', 'agujero', 'reclamacion', 'queja', 'estropead', 'kaputt', 'defekt', 'beschadigt', 'falsch(e|en)? (artikel|farbe|grosse)', 'fehlt', 'loch', 'beschwer', 'reklamation',
    'abime', 'casse', 'defectueux', 'mauvais (article|produit)', 'il manque', 'trou', 'reclamation', 'danneggiat', 'rott', 'difettos', 'sbagliat', 'manca', 'buco', 'reclamo',
    'danificad', 'quebr', 'defeito', 'errad', 'faltando', 'furo', 'reclamacao', 'beschadigd', 'kapot', 'defect', 'verkeerde', 'ontbreekt', 'klacht',
    '破損', '壊れ', '不良', '違う商品', '足りません', '穴', 'クレーム', '破れ', '坏', '发错', '少了', '质量问题', '投诉', '破了', '洞',
  ],
  privacy: [
    // Retention, marketing e-mails and who can see what.
    'how long do you (keep|store|retain)', 'keep my (data|messages|chat|information|details|conversations)', '(chat|conversation) (history|messages|logs)', 'data retention', 'unsubscribe', 'marketing (e-?mails?|messages|newsletter)', 'stop (getting|receiving)', 'opt(-| )out',
    'can (the bot|your bot|the assistant|the chatbot|you|your staff|employees) see my', 'cuanto tiempo guard', 'guardais mis', 'darme de baja', 'correos de marketing', 'wie lange speicher', 'abmelden', 'werbe-?mails', 'newsletter abbestellen',
    'combien de temps (gardez|conservez)', 'desabonner', 'desinscri', 'per quanto tempo conserv', 'disiscriver', 'quanto tempo (guardam|ficam com)', 'descadastrar', 'hoe lang bewaren', 'afmelden', 'uitschrijven',
    '保存期間', '配信停止', 'メルマガ', '保存多久', '退订', '能看到我的', '看得到我的', '谁能看',
    '개인정보', '데이터', '탈퇴', '계정 ?삭제', 'بياناتي', 'البيانات الشخصية', 'حذف حسابي', 'الخصوصية', 'موافقتي',
    'stop (sending|emailing)', 'export (of )?my data', 'who has access', 'what do you do with my', 'dejad de enviar', 'exportacion de mis datos', 'quien tiene acceso',
    'keine mails', 'export meiner daten', 'zugriff auf', "arretez de m'envoyer", 'export de mes donnees', 'acces a mes', 'smettete di mandar', 'esportazione dei miei dati', 'accesso alle mie',
    'parem de me mandar', 'exportacao dos meus dados', 'acesso as minhas', 'stop met mailen', 'export van mijn gegevens', 'toegang tot mijn', 'エクスポート', 'アクセスでき', 'メールを送らない', '导出', '谁能看到', '别再给我发',
    'personal (data|information|info|details)', 'my data', 'gdpr', 'delete my', 'close my account', 'privacy', 'forgotten', 'consent', 'erase',
    'datos (personales)?', 'rgpd', 'borrar', 'privacidad', 'olvido', 'daten', 'dsgvo', 'loschen', 'datenschutz', 'donnees', 'supprimer mon compte', 'confidentialite', 'oubli',
    'dati (personali)?', 'privacy', 'oblio', 'dados', 'lgpd', 'apagar', 'privacidade', 'esquecimento', 'gegevens', 'avg', 'verwijder', 'privacy',
    '個人情報', 'データ', 'プライバシー', '退会', 'アカウント(を)?削除', '个人(信息|数据)', '数据', '隐私', '注销',
  ],
  size: [
    '사이즈', '치수', '몸무게', '허리', '가슴둘레', '발볼', '크게 나', '작게 나', 'مقاس', 'طولي', 'وزني', 'محيط',
    'narrow', 'wide', 'run (small|large|big)', 'estrech', 'tallan', 'queda(ra)? (grande|pequen)', 'schmal', 'breit', 'fallen', 'zu (gross|klein|weit|eng)',
    'etroit', 'taillent', 'trop (grand|petit|large|serre)', 'stretti', 'larghi', 'vestono', 'calzano', 'estreit', 'ficam (grandes|pequenos)', 'fica (grande|pequeno)',
    'smal', 'breed', 'te (groot|klein|ruim|krap)', '細身', '幅', '大きすぎ', '小さすぎ', '偏窄', '偏宽', '太大', '太小',
    'size', 'sizing', 'fit', 'too (small|big|tight|loose)', 'chart', 'inseam', 'waist', 'chest', 'hips', 'measure', 'true to size', 'size (up|down)', 'eu 0', 'us 0', 'uk 0', '0 ?cm', 'tall', 'length',
    'talla', 'talle', 'calzo', 'cintura', 'pecho', 'cadera', 'mido', 'tallan', 'grosse', 'passt', 'fallen .{0,10}(klein|gross)', 'taille', 'brustumfang', 'hufte', 'pointure', 'tour de', 'je chausse', 'taglia', 'vestibilita', 'vestono', 'girovita', 'torace', 'fianchi', 'calzo',
    'tamanho', 'numero', 'calco', 'peito', 'quadril', 'maat', 'vallen .{0,10}(klein|groot)', 'taille', 'borst', 'heup', 'pasvorm',
    'サイズ', '身長', '胸囲', 'ウエスト', 'ヒップ', '股下', '小さめ', '大きめ', '尺码', '码', '身高', '胸围', '腰围', '臀围', '偏(大|小)', '几码', '多大',
  ],
  presale: [
    // The product's own measurements and sales (price words alone are shared with shipping and payment).
    'dimensions', 'carry.?on', 'how (big|large|heavy|wide|deep) is', 'black friday', 'cyber monday', 'on sale', 'how much off', 'sale (start|end|begin)',
    'dimensiones', 'rebajas', 'abmessungen', 'handgepack', 'soldes', 'dimensioni', 'saldi', 'dimensoes', 'afmetingen', 'uitverkoop', '寸法', 'セール', '打折', '黑五',
    '재고', '재입고', '방수', '소재', '보증', '얼마예요', 'متوفر', 'المخزون', 'مقاوم للماء', 'خامة', 'ضمان', 'سعر',
    'made of', 'fabric', 'cotton', 'polyester', 'leather', 'wool', 'breathable', 'battery', 'dishwasher', 'washable', 'machine wash', 'capacity', 'hood', 'restock', 'back in stock',
    'piel', 'algodon', 'transpira', 'bateria', 'lavavajillas', 'lavadora', 'capucha', 'fabrican', 'reponer', 'reponeis',
    'leder', 'baumwolle', 'atmungsaktiv', 'akku', 'spulmaschine', 'waschmaschine', 'kapuze', 'hergestellt', 'wieder (da|verfugbar|rein)',
    'cuir', 'coton', 'respirant', 'batterie', 'lave-vaisselle', 'en machine', 'capuche', 'fabrique', 'reassort',
    'pelle', 'cotone', 'traspirant', 'batteria', 'lavastoviglie', 'lavatrice', 'cappuccio', 'prodott', 'riassort',
    'couro', 'algodao', 'respiravel', 'lava-louca', 'maquina de lavar', 'capuz', 'fabricad', 'repor',
    'leer', 'katoen', 'ademend', 'batterij', 'vaatwasser', 'wasmachine', 'capuchon', 'gemaakt', 'terug op voorraad',
    '素材', '革', '綿', '通気', 'バッテリー', '食洗機', '洗濯機', 'フード', '作られ', '再入荷', '真皮', '棉', '透气', '电池', '洗碗机', '机洗', '生产', '产地',
    'in stock', 'waterproof', 'material', 'made of', 'warranty', 'back in stock', 'restock', 'difference between', 'compatible', 'how (heavy|warm|long does the battery)', 'does (it|the|this) (have|come with)', 'available in',
    'stock', 'impermeable', 'material', 'garantia', 'diferencia', 'lager', 'wasserdicht', 'unterschied', 'garantie', 'verfugbar', 'en stock', 'matiere', 'difference', 'disponibil', 'materiale', 'differenza', 'estoque', 'impermeavel', 'diferenca', 'voorraad', 'waterdicht', 'verschil',
    '在庫', '防水', '素材', '保証', '違い', '再入荷', '有货', '材质', '区别', '保修', '补货', '现货',
  ],
  other: [
    // Business enquiries, press and questions about the support team itself.
    'boutique', 'concept store', 'stockist', 'wholesale', 'our (shop|store|company)', 'journalist', 'magazine', 'interview', 'periodista', 'revista', 'journalist(in)?', 'zeitschrift', 'journaliste', 'giornalista', 'rivista', 'jornalista', 'tijdschrift',
    'support (team|hours)', 'opening hours', '営業時間', '工作时间', '客服几点',
    '비밀번호', '회원가입', '로그인', '뉴스레터', '매장', '채용', '앱', 'كلمة المرور', 'تسجيل الدخول', 'إنشاء حساب', 'أنشئ حسابا', 'النشرة', 'وظائف', 'تطبيق', 'فرع',
    '(store|shop) in', 'physical store', 'office', 'headquarters', 'hiring', 'vacanc', 'employees', 'favou?rite colou?r', 'joke', 'weather',
    'tienda (fisica )?en', 'oficina', 'trabajadores', 'contratando', 'chiste', '(laden|geschaft) in', 'buro', 'sitzt eure firma', 'mitarbeiter suchen', 'witz',
    'magasin a', 'boutique a', 'bureaux', 'recrut', 'blague', 'negozio a', 'uffici', 'cercate personale', 'barzelletta', 'loja (fisica )?(em|no|na)', 'escritorio', 'funcionarios', 'piada',
    'winkel in', 'kantoor', 'personeel', 'mop', '実店舗', 'お店', 'オフィス', '募集', '好きな', '门店', '实体店', '公司在哪', '招聘', '最喜欢',
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
