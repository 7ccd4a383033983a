/** The conversation test-case format (see ../shared/eval/FORMAT.md and README "Evaluation"). */
import { readFileSync } from 'node:fs';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

const Expect = Type.Object({
  language: Type.Optional(Type.String()),
  intent: Type.Optional(Type.String()),
  handoff: Type.Optional(Type.Boolean()),
  mentions: Type.Optional(Type.Array(Type.String())),
  mentions_any: Type.Optional(Type.Array(Type.String())),
  forbids: Type.Optional(Type.Array(Type.String())),
  cites: Type.Optional(Type.Array(Type.String())),
});

export const EvalCase = Type.Object({
  id: Type.String({ minLength: 1 }),
  now: Type.Optional(Type.String()),
  identity: Type.Optional(Type.Object({ email: Type.Optional(Type.String()), customer_id: Type.Optional(Type.Union([Type.String(), Type.Integer()])) })),
  page: Type.Optional(Type.Object({ url: Type.Optional(Type.String()), product_handle: Type.Optional(Type.String()) })),
  locale: Type.Optional(Type.String()),
  turns: Type.Array(Type.Object({ shopper: Type.String({ minLength: 1 }), expect: Type.Optional(Expect) }), { minItems: 1 }),
});
export type EvalCase = Static<typeof EvalCase>;
export type Expectation = Static<typeof Expect>;

export function readCases(path: string): EvalCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: EvalCase[] = [];
  const ids = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not valid JSON (${(err as Error).message})`);
    }
    const error = [...Value.Errors(EvalCase, data)][0];
    if (error) throw new Error(`${path}:${i + 1}: ${error.instancePath || '/'} ${error.message}`);
    const c = data as EvalCase;
    if (ids.has(c.id)) throw new Error(`${path}:${i + 1}: duplicate case id "${c.id}"`);
    ids.add(c.id);
    cases.push(c);
  });
  return cases;
}
