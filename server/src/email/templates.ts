/** The few words around an agent's reply in a follow-up e-mail, in the shopper's language. */
const SUBJECT: Record<string, string> = {
  en: 'Your conversation with {store}',
  es: 'Tu conversación con {store}',
  de: 'Deine Unterhaltung mit {store}',
  fr: 'Votre conversation avec {store}',
  it: 'La tua conversazione con {store}',
  pt: 'A sua conversa com {store}',
  nl: 'Je gesprek met {store}',
  ja: '{store}とのやり取り',
  'zh-CN': '您与{store}的对话',
  ko: '{store}와의 대화',
  ar: 'محادثتك مع {store}',
};

const FOOTER: Record<string, string> = {
  en: 'Reply to this e-mail to continue the conversation.',
  es: 'Responde a este correo para continuar la conversación.',
  de: 'Antworte auf diese E-Mail, um die Unterhaltung fortzusetzen.',
  fr: 'Répondez à cet e-mail pour poursuivre la conversation.',
  it: 'Rispondi a questa e-mail per continuare la conversazione.',
  pt: 'Responda a este e-mail para continuar a conversa.',
  nl: 'Beantwoord deze e-mail om het gesprek voort te zetten.',
  ja: 'このメールに返信すると、やり取りを続けられます。',
  'zh-CN': '回复此邮件即可继续对话。',
  ko: '이 이메일에 답장하면 대화를 이어갈 수 있습니다.',
  ar: 'رُدّ على هذه الرسالة لمتابعة المحادثة.',
};

const pick = (table: Record<string, string>, locale: string | null): string =>
  table[locale ?? 'en'] ?? table[(locale ?? 'en').split('-')[0]!] ?? table.en!;

export function followUpSubject(locale: string | null, storeName: string): string {
  return pick(SUBJECT, locale).replace('{store}', storeName);
}

export function followUpBody(input: { locale: string | null; agentName: string | null; storeName: string; text: string }): string {
  const signature = [input.agentName, input.storeName].filter(Boolean).join(' · ');
  return `${input.text}\n\n— ${signature}\n\n${pick(FOOTER, input.locale)}\n`;
}
