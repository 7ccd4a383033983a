/**
 * Keeps personal data out of prompts beyond need: emails, phone numbers and card-like numbers in the
 * shopper's text are replaced by placeholders before the text goes to the model. Order and tracking
 * numbers stay (the model needs them to call tools).
 */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?<![\w-])\+?\d[\d ().-]{7,}\d(?![\w-])/g;
const CARD = /\b(?:\d[ -]?){13,19}\b/g;

export interface RedactionOptions {
  enabled: boolean;
}

export function redactPersonalData(text: string, options: RedactionOptions = { enabled: true }): string {
  if (!options.enabled) return text;
  return text
    .replace(EMAIL, '[email]')
    .replace(CARD, (m) => (luhnValid(m.replace(/\D/g, '')) ? '[card number]' : m))
    .replace(PHONE, (m) => (/^\+|\s|\(/.test(m) && m.replace(/\D/g, '').length >= 9 ? '[phone]' : m));
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
