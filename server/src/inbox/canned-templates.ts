/**
 * Placeholders in canned responses: {{first_name}}, {{customer_name}}, {{order_number}},
 * {{tracking_number}}, {{tracking_url}}, {{agent_name}}, {{store_name}}. A placeholder without a
 * value stays visible ("{{order_number}}") so the agent notices and fills it in before sending.
 */
export const PLACEHOLDERS = ['first_name', 'customer_name', 'order_number', 'tracking_number', 'tracking_url', 'agent_name', 'store_name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string | null>>;

const TOKEN = /\{\{\s*([a-z_]+)\s*\}\}/g;

export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(TOKEN, (whole, name: string) => {
    const value = (values as Record<string, string | null | undefined>)[name];
    return typeof value === 'string' && value.trim() ? value : whole;
  });
}

/** Placeholders a template uses that Parley does not know (typos such as {{order_nmber}}). */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(TOKEN)) if (!(PLACEHOLDERS as readonly string[]).includes(match[1]!)) unknown.add(match[1]!);
  return [...unknown];
}
