/**
 * The reply box: reply or private note, "/" for canned responses, "@" for mentions in notes,
 * Ctrl/⌘+Enter to send, translation into the shopper's language (LLM mode), and a warning before
 * answering a conversation that is assigned to someone else.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import type { CannedResponse, InboxFeatures, InboxItem } from '../../../../protocol/agent-events.js';
import { useStore } from '../../state/store.js';
import { assign, reportError, sendMessage } from '../../state/actions.js';
import { sendTyping } from '../../state/realtime.js';
import { api } from '../../lib/api.js';
import { languageName, newClientId } from '../../lib/format.js';
import { Suggestions, type Suggestion } from './Suggestions.js';
import { TypingLine } from './TypingLine.js';

type Mode = 'reply' | 'note';

export function Composer(props: { item: InboxItem; features: InboxFeatures; shopperLanguage: string | null }) {
  const item = props.item;
  const features = props.features;
  const shopperLanguage = props.shopperLanguage;
  const me = useStore((s) => s.me)!;
  const members = useStore((s) => s.members[item.storeId] ?? []);
  const insert = useStore((s) => s.composerInsert);
  const mode = useVar<Mode>('reply');
  const text = useVar('');
  const canned = useVar<CannedResponse[]>([]);
  const confirming = useVar(false);
  const sending = useVar(false);
  const translateOn = useVar(true);
  const cursor = useVar(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const typingSent = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const assignedToOther = item.assigneeId !== null && item.assigneeId !== me.agent.id;
  const needsTranslation = features.translation && shopperLanguage && !shopperLanguage.startsWith(me.agent.languages[0] ?? 'en');

  useEffect(() => {
    text.set('');
    confirming.set(false);
    api.get<{ canned: CannedResponse[] }>(`/api/stores/${item.storeId}/conversations/${item.id}/canned`).then(
      (r) => canned.set(r.canned),
      () => canned.set([]),
    );
  }, [item.id]);

  useEffect(() => {
    if (!insert) return;
    mode.set('reply');
    text.set(insert.text);
    box.current?.focus();
  }, [insert?.nonce]);

  useEffect(() => {
    const focus = (e: Event) => {
      mode.set((e as CustomEvent<Mode>).detail);
      box.current?.focus();
    };
    window.addEventListener('parley:compose', focus);
    return () => window.removeEventListener('parley:compose', focus);
  }, []);

  // What the agent is completing right before the cursor: "/shortcut" at the start, or "@handle" in a note.
  const before = text.value.slice(0, cursor.value);
  const slash = /^\/([\w-]*)$/.exec(before);
  const at = mode.value === 'note' ? /(?:^|\s)@([\w.-]*)$/.exec(before) : null;
  let suggestions: Suggestion[] = [];
  if (slash) {
    const wanted = slash[1]!.toLowerCase();
    const language = (shopperLanguage ?? item.locale)?.split('-')[0];
    suggestions = canned.value
      .filter((c) => c.shortcut.startsWith(wanted) || c.title.toLowerCase().includes(wanted))
      .sort((a, b) => Number(b.language.split('-')[0] === language) - Number(a.language.split('-')[0] === language))
      .slice(0, 8)
      .map((c) => ({ key: c.id, label: `/${c.shortcut}`, detail: `${c.title} · ${c.language}`, preview: c.rendered ?? c.body, value: c.rendered ?? c.body, replaceAll: true }));
  } else if (at) {
    const wanted = at[1]!.toLowerCase();
    suggestions = members
      .filter((m) => m.agentId !== me.agent.id && (m.handle.startsWith(wanted) || m.name.toLowerCase().startsWith(wanted)))
      .slice(0, 6)
      .map((m) => ({ key: m.agentId, label: `@${m.handle}`, detail: m.name, value: `@${m.handle} ` }));
  }

  const choose = (s: Suggestion) => {
    const next = s.replaceAll ? s.value : `${before.replace(/@[\w.-]*$/, s.value)}${text.value.slice(cursor.value)}`;
    text.set(next);
    cursor.set(next.length);
    box.current?.focus();
  };

  const typing = (on: boolean) => {
    if (mode.value !== 'reply') return; // notes are private: the shopper must not see "typing"
    const now = Date.now();
    if (on && now - typingSent.current > 2500) {
      typingSent.current = now;
      sendTyping(item.id, true);
    }
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      typingSent.current = 0;
      sendTyping(item.id, false);
    }, on ? 3000 : 0);
  };

  const send = async () => {
    const body = text.value.trim();
    if (!body || sending.value) return;
    if (mode.value === 'reply' && assignedToOther && !confirming.value) {
      confirming.set(true);
      return;
    }
    sending.set(true);
    try {
      await sendMessage(item.storeId, item.id, { text: body, internal: mode.value === 'note', translate: Boolean(needsTranslation && translateOn.value), clientId: newClientId() });
      text.set('');
      confirming.set(false);
      typing(false);
    } catch (err) {
      reportError(err);
    } finally {
      sending.set(false);
    }
  };

  return (
    <div class={`composer composer-${mode.value}`}>
      <TypingLine conversationId={item.id} />
      {assignedToOther && (
        <div class="collision" role="alert" data-testid="collision-warning">
          <strong>{item.assigneeName ?? 'Another agent'}</strong> is assigned to this conversation. Coordinate before replying, or take it over.
          <button class="btn btn-small" onClick={() => void assign(item.storeId, item.id, me.agent.id).catch(() => undefined)}>
            Assign to me
          </button>
        </div>
      )}
      <div class="composer-tabs" role="tablist">
        <button role="tab" aria-selected={mode.value === 'reply'} class={mode.value === 'reply' ? 'active' : ''} onClick={() => mode.set('reply')}>
          Reply <kbd>r</kbd>
        </button>
        <button role="tab" aria-selected={mode.value === 'note'} class={mode.value === 'note' ? 'active' : ''} onClick={() => mode.set('note')}>
          Private note <kbd>n</kbd>
        </button>
        <span class="composer-hint">
          <kbd>/</kbd> canned · {mode.value === 'note' ? <><kbd>@</kbd> mention · </> : null}
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> send
        </span>
      </div>
      <div class="composer-box">
        {suggestions.length > 0 && <Suggestions items={suggestions} onChoose={choose} />}
        <textarea
          ref={box}
          id="composer"
          data-testid="composer"
          aria-label={mode.value === 'reply' ? 'Reply to the shopper' : 'Private note for agents'}
          placeholder={mode.value === 'reply' ? `Reply${shopperLanguage ? ` (shopper writes ${languageName(shopperLanguage)})` : ''}…` : 'Private note — only agents see it. @mention a colleague.'}
          value={text.value}
          rows={3}
          onInput={(e) => {
            text.set(e.currentTarget.value);
            cursor.set(e.currentTarget.selectionStart ?? e.currentTarget.value.length);
            confirming.set(false);
            typing(e.currentTarget.value.length > 0);
          }}
          onKeyUp={(e) => cursor.set(e.currentTarget.selectionStart ?? 0)}
          onClick={(e) => cursor.set(e.currentTarget.selectionStart ?? 0)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void send();
            } else if (e.key === 'Escape') {
              e.currentTarget.blur();
            } else if ((e.key === 'Tab' || e.key === 'Enter') && suggestions.length > 0 && !e.shiftKey) {
              e.preventDefault();
              choose(suggestions[0]!);
            }
          }}
        />
      </div>
      <div class="composer-foot">
        {needsTranslation && mode.value === 'reply' && (
          <label class="toggle">
            <input type="checkbox" checked={translateOn.value} onChange={(e) => translateOn.set(e.currentTarget.checked)} /> Translate to {languageName(shopperLanguage)}
          </label>
        )}
        {!features.translation && shopperLanguage && mode.value === 'reply' && <span class="small muted">Shopper writes {languageName(shopperLanguage)}</span>}
        <span class="spacer" />
        {confirming.value && <span class="confirm-text">{item.assigneeName} is assigned — send anyway?</span>}
        <button class={`btn ${mode.value === 'note' ? 'btn-note' : 'btn-primary'}`} data-testid="send" disabled={!text.value.trim() || sending.value} onClick={() => void send()}>
          {confirming.value ? 'Send anyway' : mode.value === 'note' ? 'Add note' : 'Send'}
        </button>
      </div>
    </div>
  );
}
