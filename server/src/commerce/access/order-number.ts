/**
 * How shoppers write order numbers: "#1019", "1019", "order 1019", "＃１０１９", an Amazon id with or
 * without dashes. Returns the stored names it could mean, for a case-insensitive lookup.
 */
const AMAZON = /^(\d{3})-?(\d{7})-?(\d{7})$/;

export function orderNameCandidates(input: string): string[] {
  const compact = input.normalize('NFKC').trim().replace(/^(order|pedido|commande|bestellung|注文)\s*(no\.?|number|n[°º]|nr\.?|番号)?\s*/i, '').replace(/\s+/g, '');
  if (!compact || compact.length > 64) return [];
  const bare = compact.replace(/^#+/, '');
  if (!bare) return [];
  const candidates = new Set([compact, bare, `#${bare}`]);
  const amazon = AMAZON.exec(bare);
  if (amazon) candidates.add(`${amazon[1]}-${amazon[2]}-${amazon[3]}`);
  return [...candidates];
}

/** Postcodes compare without spaces, dashes and case ("m14 5tq" = "M14 5TQ", "5300041" = "530-0041"). */
export const normalizePostcode = (raw: string): string => raw.normalize('NFKC').replace(/[\s\-‐-―ー−]/g, '').toUpperCase();

/** Emails compare trimmed and case-insensitively. */
export const normalizeEmail = (raw: string): string => raw.normalize('NFKC').trim().toLowerCase();
