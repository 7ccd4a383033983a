/** "es" → "Spanish (es)" for prompts: models follow names more reliably than bare codes. */
const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageLabel(tag: string): string {
  try {
    return `${NAMES.of(tag) ?? tag} (${tag})`;
  } catch {
    return tag;
  }
}
