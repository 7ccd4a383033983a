/**
 * LLM mode: a tool-calling agent over the offline assistant's skills. The model sees the store's
 * prompt, the recent conversation (personal data redacted) and the tools; its answer streams to the
 * widget sentence-safely (see GroundedStream). Anything that goes wrong — the breaker is open, the model
 * times out or errors, the answer states facts no tool gave — returns undefined, and the caller answers
 * with the offline composer instead. The shopper never waits on a dead endpoint.
 */
import { AIMessage, HumanMessage, SystemMessage, ToolMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import type { FastifyBaseLogger } from 'fastify';
import type { RealtimeHub } from '../../conversations/realtime-hub.js';
import { listRecentMessages } from '../../conversations/messages-repository.js';
import { languageName } from '../skills/knowledge-answer.js';
import type { SkillResult, TurnContext } from '../turn.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { renderPrompt, storePromptSettings } from './prompts.js';
import { redactPersonalData } from './redact.js';
import { buildTools, ToolRecorder } from './tools.js';
import { GroundedStream } from './sentence-stream.js';

const MAX_TOOL_ROUNDS = 4;
const HISTORY_MESSAGES = 8;

export interface LlmTurnResult extends SkillResult {
  promptVersion: number;
}

export class LlmComposer {
  readonly breaker = new CircuitBreaker(3, 30_000);

  constructor(
    private readonly model: ChatOpenAI,
    private readonly hub: RealtimeHub,
    private readonly log: FastifyBaseLogger,
    private readonly options: { redactPersonalData: boolean },
  ) {}

  /** `streamId` names the draft the widget shows; the final reply (LLM or offline) carries it too. */
  async compose(ctx: TurnContext, streamId: string): Promise<LlmTurnResult | undefined> {
    if (!this.breaker.tryAcquire()) return undefined;
    try {
      const result = await this.run(ctx, streamId);
      this.breaker.success();
      return result;
    } catch (err) {
      this.breaker.failure(isTimeout(err) ? 'timeout' : 'error');
      this.log.warn({ err: (err as Error).message, breaker: this.breaker.state }, 'LLM turn failed; answering offline');
      return undefined;
    }
  }

  private async run(ctx: TurnContext, streamId: string): Promise<LlmTurnResult | undefined> {
    const recorder = new ToolRecorder();
    const tools = buildTools(ctx, recorder);
    const byName = new Map(tools.map((t) => [t.name, t]));
    const model = this.model.bindTools(tools);
    const { text: system, version } = this.systemPrompt(ctx);
    const messages: BaseMessage[] = [new SystemMessage(system), ...(await this.history(ctx)), new HumanMessage(this.redact(ctx.text))];
    recorder.evidence.push(ctx.text);

    for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
      const stream = new GroundedStream(
        () => recorder.evidence,
        (text) => this.hub.stream(ctx.store.id, ctx.conversation.id, streamId, text),
      );
      let full: AIMessageChunk | undefined;
      for await (const chunk of await model.stream(messages)) {
        full = full ? full.concat(chunk) : chunk;
        if (!full.tool_call_chunks?.length && typeof chunk.content === 'string') stream.push(chunk.content);
      }
      if (!full) return undefined;
      const calls = full.tool_calls ?? [];
      if (calls.length === 0) {
        const grounded = stream.end();
        const answer = stream.text.trim();
        if (!grounded || !answer) {
          this.log.info({ unsupported: stream.unsupported }, 'LLM answer not grounded; answering offline');
          return undefined;
        }
        // An answer with facts but no tool behind it is a guess, however plausible.
        if (recorder.calls === 0 && /\d/.test(answer) && !recorder.humanRequested) return undefined;
        return {
          replies: [{ text: answer, sources: recorder.sources }],
          answered: true,
          statePatch: recorder.statePatch,
          needsHuman: recorder.humanRequested ? 'human_request' : recorder.needsHuman ? 'needs_action' : null,
          promptVersion: version,
        };
      }
      messages.push(new AIMessage({ content: full.content, tool_calls: calls }));
      for (const call of calls) {
        const impl = byName.get(call.name);
        const output = impl ? String(await impl.invoke(call.args)) : JSON.stringify({ error: `unknown tool ${call.name}` });
        messages.push(new ToolMessage({ content: this.redact(output), tool_call_id: call.id ?? call.name }));
      }
    }
    return undefined; // the model kept calling tools: let the offline composer answer
  }

  private systemPrompt(ctx: TurnContext): { text: string; version: number } {
    const settings = storePromptSettings(ctx.store.row.settings);
    const identity = ctx.customer ? 'a signed-in customer (the tools already know who)' : 'an anonymous visitor (guests prove an order with its email or postcode)';
    return renderPrompt('assistant.system', {
      store: ctx.store.name,
      language: `${languageName(ctx.u.locale, 'en')} (${ctx.u.locale})`,
      tone: settings.tone,
      brandVoice: settings.brandVoice,
      forbiddenTopics: settings.forbiddenTopics.length ? settings.forbiddenTopics.join('; ') : 'none',
      now: ctx.now.toISOString(),
      storeTimeZone: ctx.store.timeZone,
      identity,
    });
  }

  private async history(ctx: TurnContext): Promise<BaseMessage[]> {
    const recent = await listRecentMessages(ctx.db, ctx.conversation.id, HISTORY_MESSAGES + 1);
    return recent
      .slice(0, -1)
      .filter((m) => m.author === 'shopper' || m.author === 'assistant' || m.author === 'agent')
      .map((m) => (m.author === 'shopper' ? new HumanMessage(this.redact(m.text)) : new AIMessage(m.text)));
  }

  private redact(text: string): string {
    return redactPersonalData(text, { enabled: this.options.redactPersonalData });
  }
}

/** The OpenAI client's and LangChain's ways of saying a call ran out of time. */
function isTimeout(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string };
  return /timeout|timed out|aborted/i.test(`${e.name ?? ''} ${e.message ?? ''} ${e.code ?? ''}`);
}
