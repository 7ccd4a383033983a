/**
 * A cheap, strict grounding check for model answers: every concrete fact in the answer (numbers,
 * amounts, percentages, dates, order and tracking numbers) must appear in the evidence the model was
 * given (tool results and the shopper's own words). An answer that fails falls back to the offline
 * composer, so a hallucinated price or date never reaches the shopper.
 */
const FACT = /(?:[A-Z]{1,4}[-#]?)?\d[\d.,:/-]*\d(?:[A-Z]{1,3})?|\d+(?:[.,]\d+)?\s?%|\d/g;

// Numbers so generic they carry no claim ("1 person", "2 sentences") are ignored below this length.
const TRIVIAL = new Set(['0', '1', '2', '3']);

const canonical = (s: string) => s.toLowerCase().replace(/[\s,]/g, '').replace(/(\d)\.(?=\d{3}\b)/g, '$1');

export interface GroundingResult {
  grounded: boolean;
  unsupported: string[];
  facts: string[];
}

export function checkGrounding(answer: string, evidence: readonly string[]): GroundingResult {
  const haystack = canonical(evidence.join('\n'));
  const digitsOnly = haystack.replace(/[^0-9a-z]/g, '');
  const facts = [...new Set((answer.match(FACT) ?? []).map((f) => f.trim()))].filter((f) => !TRIVIAL.has(f));
  const unsupported = facts.filter((fact) => {
    const c = canonical(fact);
    if (haystack.includes(c)) return false;
    // "3–6" vs "3-6", "20 000" vs "20,000": compare the bare alphanumerics too.
    const bare = c.replace(/[^0-9a-z]/g, '');
    return bare.length > 0 && !digitsOnly.includes(bare);
  });
  return { grounded: unsupported.length === 0, unsupported, facts };
}
