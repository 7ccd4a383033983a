/**
 * The same question gets the same answer on every node and after every re-import: two databases with
 * the demo store imported separately (different row ids, different physical order, separately built
 * HNSW graphs) rank the same passages with the same scores. Ties used to fall to physical row order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO_STORE, type TestApp } from '../helpers/app.js';

const STORE = 'harbor-hem';
const QUESTIONS: Array<[string, string]> = [
  ['nl', 'Wat kost de verzending naar Nederland?'],
  ['en', 'what are the shipping costs to canada'],
  ['de', 'Muss ich die Rücksendung selbst bezahlen?'],
  ['ja', '日本から返品する場合、送料は自分で払うのですか？'],
  ['es', 'y cuántos días lo guardan en correos?'],
  ['fr', 'Une carte cadeau, elle est valable combien de temps ?'],
  ['en', 'returns'],
  ['it', 'spedizione'],
];

describe('search is deterministic across imports', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await buildTestApp({ store: DEMO_STORE });
    b = await buildTestApp({ store: DEMO_STORE });
  }, 180_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('ranks the same passages with the same scores in two separately imported databases', async () => {
    for (const [locale, query] of QUESTIONS) {
      const ranked = async (t: TestApp) =>
        (await t.app.knowledge.search({ storeId: STORE, query, locale, limit: 5 })).passages.map((p) => `${p.articleId}/${p.locale}/${p.headingPath.join('>')}/${p.score.toFixed(4)}`);
      expect(await ranked(b), query).toEqual(await ranked(a));
    }
  });
});
