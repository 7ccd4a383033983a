/** Starter canned responses a store gets on its first visit to the inbox, in the store's languages. */
export interface CannedSeed {
  shortcut: string;
  title: string;
  intents: string[];
  bodies: Record<string, string>;
}

export const DEFAULT_CANNED: CannedSeed[] = [
  {
    shortcut: 'hello',
    title: 'Greeting',
    intents: ['greeting', 'human', 'other'],
    bodies: {
      en: 'Hi {{first_name}}, this is {{agent_name}} from {{store_name}}. I have read the conversation so far and I am on it.',
      es: 'Hola {{first_name}}, soy {{agent_name}} de {{store_name}}. He leído la conversación y me encargo ahora mismo.',
      de: 'Hallo {{first_name}}, hier ist {{agent_name}} von {{store_name}}. Ich habe den Verlauf gelesen und kümmere mich darum.',
      fr: "Bonjour {{first_name}}, ici {{agent_name}} de {{store_name}}. J'ai lu la conversation et je m'en occupe.",
      ja: '{{first_name}}様、{{store_name}}の{{agent_name}}です。これまでのやり取りを確認しました。すぐに対応いたします。',
      'zh-CN': '{{first_name}}您好，我是{{store_name}}的{{agent_name}}。我已阅读之前的对话，马上为您处理。',
    },
  },
  {
    shortcut: 'tracking',
    title: 'Order on its way',
    intents: ['tracking', 'shipping'],
    bodies: {
      en: 'Your order {{order_number}} is on its way. You can follow it here: {{tracking_url}} (tracking number {{tracking_number}}).',
      es: 'Tu pedido {{order_number}} está en camino. Puedes seguirlo aquí: {{tracking_url}} (número de seguimiento {{tracking_number}}).',
      de: 'Deine Bestellung {{order_number}} ist unterwegs. Du kannst sie hier verfolgen: {{tracking_url}} (Sendungsnummer {{tracking_number}}).',
      fr: 'Votre commande {{order_number}} est en route. Vous pouvez la suivre ici : {{tracking_url}} (numéro de suivi {{tracking_number}}).',
      ja: 'ご注文{{order_number}}は配送中です。こちらで追跡できます：{{tracking_url}}（追跡番号 {{tracking_number}}）',
      'zh-CN': '您的订单{{order_number}}正在配送中。您可以在此查询：{{tracking_url}}（运单号 {{tracking_number}}）。',
    },
  },
  {
    shortcut: 'return',
    title: 'How to return',
    intents: ['returns'],
    bodies: {
      en: 'You can return unworn items with their tags within 30 days of delivery. Reply with the items from order {{order_number}} you want to send back and I will create the label.',
      es: 'Puedes devolver artículos sin usar y con etiquetas en los 30 días siguientes a la entrega. Dime qué artículos del pedido {{order_number}} quieres devolver y te preparo la etiqueta.',
      de: 'Ungetragene Artikel mit Etikett kannst du innerhalb von 30 Tagen nach Zustellung zurückschicken. Sag mir, welche Artikel aus Bestellung {{order_number}} zurückgehen sollen, dann erstelle ich das Etikett.',
      fr: "Vous pouvez retourner les articles non portés avec leurs étiquettes sous 30 jours après la livraison. Dites-moi quels articles de la commande {{order_number}} vous souhaitez renvoyer et je crée l'étiquette.",
      ja: '未着用・タグ付きの商品は、お届けから30日以内であれば返品いただけます。ご注文{{order_number}}のうち返品したい商品をお知らせください。返送ラベルをお作りします。',
      'zh-CN': '未穿着且吊牌完好的商品可在签收后30天内退货。请告诉我订单{{order_number}}中要退回的商品，我来为您生成退货标签。',
    },
  },
  {
    shortcut: 'thanks',
    title: 'Closing',
    intents: [],
    bodies: {
      en: 'Thanks for your patience, {{first_name}}. Is there anything else I can help you with?',
      es: 'Gracias por tu paciencia, {{first_name}}. ¿Puedo ayudarte con algo más?',
      de: 'Danke für deine Geduld, {{first_name}}. Kann ich sonst noch etwas für dich tun?',
      fr: 'Merci pour votre patience, {{first_name}}. Puis-je vous aider pour autre chose ?',
      ja: '{{first_name}}様、お待たせいたしました。ほかにお手伝いできることはございますか？',
      'zh-CN': '{{first_name}}，感谢您的耐心等待。还有其他可以帮您的吗？',
    },
  },
];
