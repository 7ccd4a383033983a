/**
 * What shoppers, the assistant and agents say in generated history, in the nine help-center
 * languages. Questions are grouped by intent; GAP_TOPICS are questions a fashion store's help center
 * typically does not answer, so the knowledge-gap report has something real to cluster.
 */
export type HistoryLocale = 'en' | 'es' | 'de' | 'fr' | 'ja' | 'zh-CN' | 'it' | 'pt' | 'nl';
export const HISTORY_LOCALES: readonly HistoryLocale[] = ['en', 'es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl'];

type Phrases = Record<HistoryLocale, readonly string[]>;

export const QUESTIONS: Record<string, Phrases> = {
  tracking: {
    en: ['Where is my order {order}?', 'My tracking has not updated in days, is my parcel lost?'],
    es: ['¿Dónde está mi pedido {order}?', 'El seguimiento no se actualiza desde hace días, ¿se ha perdido?'],
    de: ['Wo ist meine Bestellung {order}?', 'Die Sendungsverfolgung hat sich seit Tagen nicht bewegt. Ist das Paket verloren?'],
    fr: ['Où en est ma commande {order} ?', 'Le suivi ne bouge plus depuis plusieurs jours, mon colis est-il perdu ?'],
    ja: ['注文{order}はいつ届きますか？', '追跡情報が何日も更新されていません。荷物は紛失しましたか？'],
    'zh-CN': ['我的订单{order}到哪了？', '物流好几天没更新了，包裹是不是丢了？'],
    it: ['Dov’è il mio ordine {order}?', 'Il tracciamento non si aggiorna da giorni, il pacco è andato perso?'],
    pt: ['Onde está a minha encomenda {order}?', 'O rastreio não atualiza há dias, a encomenda perdeu-se?'],
    nl: ['Waar blijft mijn bestelling {order}?', 'Mijn track & trace is al dagen niet bijgewerkt, is het pakket kwijt?'],
  },
  shipping: {
    en: ['How long does shipping to Canada take?', 'Is shipping free over a certain amount?'],
    es: ['¿Cuánto tarda el envío a España?', '¿A partir de qué importe es gratis el envío?'],
    de: ['Wie lange dauert der Versand nach Deutschland?', 'Ab welchem Betrag ist der Versand kostenlos?'],
    fr: ['Combien de temps prend la livraison en France ?', 'La livraison est-elle offerte à partir d’un certain montant ?'],
    ja: ['日本への配送は何日かかりますか？', '送料無料になる金額はいくらですか？'],
    'zh-CN': ['寄到美国要多久？', '满多少包邮？'],
    it: ['Quanto tempo ci vuole per la spedizione in Italia?', 'La spedizione è gratuita sopra un certo importo?'],
    pt: ['Quanto tempo demora o envio para Portugal?', 'O envio é grátis a partir de que valor?'],
    nl: ['Hoe lang duurt de verzending naar Nederland?', 'Vanaf welk bedrag is de verzending gratis?'],
  },
  returns: {
    en: ['How do I return a sweater that is too big?', 'When will I get my refund?'],
    es: ['¿Cómo devuelvo un jersey que me queda grande?', '¿Cuándo recibiré el reembolso?'],
    de: ['Wie kann ich einen zu großen Pullover zurückschicken?', 'Wann bekomme ich mein Geld zurück?'],
    fr: ['Comment retourner un pull trop grand ?', 'Quand vais-je être remboursé ?'],
    ja: ['サイズが大きかったセーターを返品したいです。', '返金はいつになりますか？'],
    'zh-CN': ['毛衣太大了，怎么退货？', '退款什么时候到账？'],
    it: ['Come faccio a restituire un maglione troppo grande?', 'Quando riceverò il rimborso?'],
    pt: ['Como devolvo uma camisola que ficou grande?', 'Quando recebo o reembolso?'],
    nl: ['Hoe stuur ik een te grote trui retour?', 'Wanneer krijg ik mijn geld terug?'],
  },
  size: {
    en: ['I am 178 cm and 72 kg, which size should I take in the merino crewneck?', 'Do your boots run small?'],
    es: ['Mido 165 cm, ¿qué talla de vaqueros me recomiendas?', '¿Las botas tallan pequeño?'],
    de: ['Ich bin 182 cm groß, welche Größe passt mir bei der Jacke?', 'Fallen die Stiefel klein aus?'],
    fr: ['Je fais 170 cm, quelle taille pour le pull ?', 'Les bottes taillent-elles petit ?'],
    ja: ['身長160cmです。どのサイズがいいですか？', 'ブーツは小さめの作りですか？'],
    'zh-CN': ['我身高175，穿什么尺码？', '靴子偏小吗？'],
    it: ['Sono alto 180 cm, che taglia mi consigli per il cappotto?', 'Gli stivali vestono piccoli?'],
    pt: ['Tenho 1,68 m, que tamanho devo escolher?', 'As botas são pequenas?'],
    nl: ['Ik ben 185 cm, welke maat heb ik nodig?', 'Vallen de laarzen klein?'],
  },
  presale: {
    en: ['Is the Noordzee crewneck made of 100% merino?', 'Will the navy rain jacket be back in stock?'],
    es: ['¿El jersey es de lana merino al 100 %?', '¿Volverá a haber stock de la chaqueta azul marino?'],
    de: ['Ist der Pullover aus 100 % Merinowolle?', 'Kommt die Regenjacke in Navy wieder rein?'],
    fr: ['Le pull est-il en 100 % mérinos ?', 'La veste de pluie marine sera-t-elle réassortie ?'],
    ja: ['このセーターはメリノウール100%ですか？', 'ネイビーのレインジャケットは再入荷しますか？'],
    'zh-CN': ['这件毛衣是100%美利奴羊毛吗？', '藏青色雨衣还会补货吗？'],
    it: ['Il maglione è in merino al 100%?', 'La giacca impermeabile blu tornerà disponibile?'],
    pt: ['A camisola é 100% merino?', 'O casaco impermeável azul volta a ter stock?'],
    nl: ['Is de trui van 100% merinowol?', 'Komt de navy regenjas weer op voorraad?'],
  },
  order_change: {
    en: ['Can I change the shipping address on my order {order}?', 'Please cancel my order, I ordered the wrong size.'],
    es: ['¿Puedo cambiar la dirección de envío del pedido {order}?', 'Quiero cancelar mi pedido, me equivoqué de talla.'],
    de: ['Kann ich die Lieferadresse für {order} noch ändern?', 'Bitte stornieren Sie meine Bestellung.'],
    fr: ['Puis-je modifier l’adresse de livraison de la commande {order} ?', 'Je voudrais annuler ma commande.'],
    ja: ['注文{order}の住所を変更できますか？', '注文をキャンセルしたいです。'],
    'zh-CN': ['订单{order}可以改地址吗？', '我想取消订单。'],
    it: ['Posso cambiare l’indirizzo di spedizione dell’ordine {order}?', 'Vorrei annullare il mio ordine.'],
    pt: ['Posso alterar a morada da encomenda {order}?', 'Quero cancelar a minha encomenda.'],
    nl: ['Kan ik het bezorgadres van {order} nog wijzigen?', 'Ik wil mijn bestelling annuleren.'],
  },
  payment: {
    en: ['Can I pay with Klarna?', 'I was charged twice for my order.'],
    es: ['¿Puedo pagar con Bizum?', 'Me han cobrado dos veces el pedido.'],
    de: ['Kann ich auf Rechnung bezahlen?', 'Mir wurde die Bestellung doppelt abgebucht.'],
    fr: ['Puis-je payer en trois fois ?', 'J’ai été débité deux fois.'],
    ja: ['PayPayで支払えますか？', '二重に請求されています。'],
    'zh-CN': ['可以用支付宝付款吗？', '我被扣了两次款。'],
    it: ['Posso pagare con PayPal?', 'Mi avete addebitato l’ordine due volte.'],
    pt: ['Posso pagar com MB Way?', 'Fui cobrado duas vezes.'],
    nl: ['Kan ik met iDEAL betalen?', 'Er is twee keer afgeschreven voor mijn bestelling.'],
  },
  complaint: {
    en: ['The seam on my jacket split after two days. This is not acceptable.', 'I received the wrong colour.'],
    es: ['La costura de la chaqueta se rompió a los dos días.', 'Me ha llegado el color equivocado.'],
    de: ['Die Naht meiner Jacke ist nach zwei Tagen gerissen.', 'Ich habe die falsche Farbe bekommen.'],
    fr: ['La couture de ma veste a lâché au bout de deux jours.', 'J’ai reçu la mauvaise couleur.'],
    ja: ['ジャケットの縫い目が2日でほつれました。', '違う色の商品が届きました。'],
    'zh-CN': ['夹克穿了两天就开线了。', '收到的颜色发错了。'],
    it: ['La cucitura della giacca si è rotta dopo due giorni.', 'Ho ricevuto il colore sbagliato.'],
    pt: ['A costura do casaco abriu ao fim de dois dias.', 'Recebi a cor errada.'],
    nl: ['De naad van mijn jas is na twee dagen gescheurd.', 'Ik heb de verkeerde kleur ontvangen.'],
  },
  human: {
    en: ['Can I talk to a real person please?'],
    es: ['¿Puedo hablar con una persona?'],
    de: ['Ich möchte bitte mit einem Menschen sprechen.'],
    fr: ['Je voudrais parler à un conseiller.'],
    ja: ['担当者と話したいです。'],
    'zh-CN': ['我要人工客服。'],
    it: ['Posso parlare con un operatore?'],
    pt: ['Posso falar com uma pessoa?'],
    nl: ['Kan ik met een medewerker praten?'],
  },
  other: {
    en: ['Hi, I have a question about your store.'],
    es: ['Hola, tengo una pregunta sobre la tienda.'],
    de: ['Hallo, ich habe eine Frage zu eurem Shop.'],
    fr: ['Bonjour, j’ai une question sur la boutique.'],
    ja: ['お店について質問があります。'],
    'zh-CN': ['你好，我想咨询一下。'],
    it: ['Ciao, ho una domanda sul negozio.'],
    pt: ['Olá, tenho uma pergunta sobre a loja.'],
    nl: ['Hallo, ik heb een vraag over de winkel.'],
  },
};

/** Questions the help center does not answer: what the knowledge-gap report should surface. */
export const GAP_TOPICS: Record<string, { intent: string; phrases: Phrases }> = {
  gift_wrap: {
    intent: 'presale',
    phrases: {
      en: ['Do you offer gift wrapping?', 'Can you gift wrap my order and add a note?'],
      es: ['¿Hacéis envoltorio de regalo?'],
      de: ['Bietet ihr Geschenkverpackung an?'],
      fr: ['Proposez-vous un emballage cadeau ?'],
      ja: ['ギフトラッピングはできますか？'],
      'zh-CN': ['可以礼品包装吗？'],
      it: ['Fate confezioni regalo?'],
      pt: ['Fazem embrulho para presente?'],
      nl: ['Kunnen jullie het als cadeau inpakken?'],
    },
  },
  physical_store: {
    intent: 'other',
    phrases: {
      en: ['Do you have a physical store where I can try things on?', 'Is there a shop in Rotterdam I can visit?'],
      es: ['¿Tenéis tienda física para probarme la ropa?'],
      de: ['Habt ihr ein Ladengeschäft zum Anprobieren?'],
      fr: ['Avez-vous une boutique physique pour essayer ?'],
      ja: ['実店舗はありますか？試着したいです。'],
      'zh-CN': ['你们有实体店可以试穿吗？'],
      it: ['Avete un negozio fisico dove provare i capi?'],
      pt: ['Têm loja física para experimentar?'],
      nl: ['Hebben jullie een winkel waar ik kan passen?'],
    },
  },
  mulesing: {
    intent: 'presale',
    phrases: {
      en: ['Is your merino wool mulesing-free?', 'Is the wool certified mulesing free?'],
      es: ['¿La lana merino es libre de mulesing?'],
      de: ['Ist eure Merinowolle mulesingfrei?'],
      fr: ['Votre laine mérinos est-elle sans mulesing ?'],
      ja: ['メリノウールはミュールシングフリーですか？'],
      'zh-CN': ['你们的美利奴羊毛是无割皮的吗？'],
      it: ['La lana merino è mulesing free?'],
      pt: ['A lã merino é livre de mulesing?'],
      nl: ['Is jullie merinowol mulesingvrij?'],
    },
  },
  repair_service: {
    intent: 'other',
    phrases: {
      en: ['Do you repair knitwear with holes?', 'Can I send my old sweater in for repair?'],
      es: ['¿Reparáis jerséis con agujeros?'],
      de: ['Repariert ihr Pullover mit Löchern?'],
      fr: ['Réparez-vous les pulls troués ?'],
      ja: ['穴の開いたニットの修理はしていますか？'],
      'zh-CN': ['毛衣破洞可以修补吗？'],
      it: ['Riparate maglioni con buchi?'],
      pt: ['Fazem reparações de camisolas com buracos?'],
      nl: ['Repareren jullie truien met gaten?'],
    },
  },
  student_discount: {
    intent: 'payment',
    phrases: {
      en: ['Do you have a student discount?', 'Is there a discount for students?'],
      es: ['¿Tenéis descuento para estudiantes?'],
      de: ['Gibt es einen Studentenrabatt?'],
      fr: ['Avez-vous une réduction étudiante ?'],
      ja: ['学割はありますか？'],
      'zh-CN': ['有学生折扣吗？'],
      it: ['Avete uno sconto studenti?'],
      pt: ['Têm desconto para estudantes?'],
      nl: ['Hebben jullie studentenkorting?'],
    },
  },
};

export const ASSISTANT_ANSWER: Record<HistoryLocale, string> = {
  en: 'Here is what I found in our help center.',
  es: 'Esto es lo que he encontrado en nuestro centro de ayuda.',
  de: 'Das habe ich in unserem Hilfe-Center gefunden.',
  fr: 'Voici ce que j’ai trouvé dans notre centre d’aide.',
  ja: 'ヘルプセンターで見つかった情報です。',
  'zh-CN': '这是我在帮助中心找到的信息。',
  it: 'Ecco cosa ho trovato nel nostro centro assistenza.',
  pt: 'Encontrei isto no nosso centro de ajuda.',
  nl: 'Dit heb ik in ons helpcentrum gevonden.',
};

export const ASSISTANT_UNSURE: Record<HistoryLocale, string> = {
  en: 'I am not sure about that one. Could you tell me a bit more?',
  es: 'No estoy seguro. ¿Me cuentas un poco más?',
  de: 'Da bin ich mir nicht sicher. Kannst du mir mehr erzählen?',
  fr: 'Je ne suis pas sûr. Pouvez-vous m’en dire un peu plus ?',
  ja: 'その点はわかりかねます。もう少し詳しく教えていただけますか？',
  'zh-CN': '这个我不太确定，能再详细说说吗？',
  it: 'Non ne sono sicuro. Puoi darmi qualche dettaglio in più?',
  pt: 'Não tenho a certeza. Pode dar-me mais detalhes?',
  nl: 'Dat weet ik niet zeker. Kun je iets meer vertellen?',
};

export const AGENT_REPLY: Record<HistoryLocale, string> = {
  en: 'Thanks for waiting — I have looked into this for you.',
  es: 'Gracias por esperar, ya lo he revisado.',
  de: 'Danke fürs Warten – ich habe mir das angesehen.',
  fr: 'Merci de votre patience, j’ai vérifié pour vous.',
  ja: 'お待たせしました。確認いたしました。',
  'zh-CN': '感谢您的耐心等待，我已经帮您查过了。',
  it: 'Grazie per l’attesa, ho verificato per te.',
  pt: 'Obrigado pela espera, já verifiquei.',
  nl: 'Bedankt voor het wachten, ik heb het voor je nagekeken.',
};

export const SHOPPER_THANKS: Record<HistoryLocale, string> = {
  en: 'Great, thank you!',
  es: '¡Perfecto, gracias!',
  de: 'Super, danke!',
  fr: 'Parfait, merci !',
  ja: 'ありがとうございます！',
  'zh-CN': '好的，谢谢！',
  it: 'Perfetto, grazie!',
  pt: 'Ótimo, obrigado!',
  nl: 'Top, bedankt!',
};

export const SHOPPER_STILL_STUCK: Record<HistoryLocale, string> = {
  en: 'That does not answer my question.',
  es: 'Eso no responde a mi pregunta.',
  de: 'Das beantwortet meine Frage nicht.',
  fr: 'Cela ne répond pas à ma question.',
  ja: '質問の答えになっていません。',
  'zh-CN': '这没有回答我的问题。',
  it: 'Questo non risponde alla mia domanda.',
  pt: 'Isso não responde à minha pergunta.',
  nl: 'Dat beantwoordt mijn vraag niet.',
};

export const RATING_COMMENTS: Record<'good' | 'bad', readonly string[]> = {
  good: ['Quick and friendly, thanks!', 'Solved in minutes.', 'Muy amables.', 'Sehr hilfsbereit.', 'とても丁寧でした。'],
  bad: ['Took two days to get an answer.', 'Still waiting for my refund.', 'Respuesta lenta.', 'Réponse trop tardive.'],
};
