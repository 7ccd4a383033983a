import { describe, expect, it } from 'vitest';
import { OfflineHashEmbedder } from '../../../server/src/knowledge/embed/offline-hash.js';

const embedder = new OfflineHashEmbedder(384);
const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);
const embed = async (text: string, kind: 'document' | 'query' = 'document') => (await embedder.embed([text], kind))[0]!;

describe('OfflineHashEmbedder', () => {
  it('is deterministic, unit length and of the configured size', async () => {
    const [a, b] = await embedder.embed(['Refunds take 5 business days', 'Refunds take 5 business days'], 'document');
    expect(a).toEqual(b);
    expect(a).toHaveLength(384);
    expect(cosine(a!, a!)).toBeCloseTo(1, 6);
    expect(embedder.key).toBe('offline-hash-v1@384');
  });

  it('brings a question close to the same topic in another language (lexicon concepts)', async () => {
    const question = await embed('¿Cuándo recibiré mi reembolso?', 'query');
    const refunds = await embed('Refunds\nWhen the refund starts\nWe refund your original payment method within 5 business days.');
    const sizes = await embed('Size guide\nUpper body\nMeasure your chest and waist with a soft tape.');
    expect(cosine(question, refunds)).toBeGreaterThan(cosine(question, sizes) + 0.1);
  });

  it('meets Japanese and Chinese text through bigrams and concepts', async () => {
    const ja = await embed('返品はできますか', 'query');
    expect(cosine(ja, await embed('返品ポリシー\nお届けから30日以内であれば返品いただけます。'))).toBeGreaterThan(cosine(ja, await embed('配送方法とお届け日数')));
    const zh = await embed('退货政策', 'query');
    expect(cosine(zh, await embed('Returns policy\nYou can return most items within 30 days.'))).toBeGreaterThan(0.2);
  });

  it('tolerates typos in queries', async () => {
    const typo = await embed('retrun polcy', 'query');
    expect(cosine(typo, await embed('Returns policy'))).toBeGreaterThan(cosine(typo, await embed('Payment methods')));
  });

  it('gives an empty or emoji-only text the zero vector', async () => {
    expect((await embed('😀🎉')).every((v) => v === 0)).toBe(true);
  });
});
