/** Suggested replies (with sources) to insert and edit, and a summary of the conversation. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import type { CopilotSuggestion, InboxItem } from '../../../../protocol/agent-events.js';
import { api } from '../../lib/api.js';
import { setState } from '../../state/store.js';

interface CopilotResponse {
  usesModel: boolean;
  suggestions: CopilotSuggestion[];
  summary: string;
}

export function CopilotPanel(props: { item: InboxItem; usesModel: boolean }) {
  const item = props.item;
  const usesModel = props.usesModel;
  const data = useVar<CopilotResponse | null>(null);
  const load = () => {
    data.set(null);
    api.get<CopilotResponse>(`/api/stores/${item.storeId}/conversations/${item.id}/copilot`).then(data.set, () => data.set({ usesModel, suggestions: [], summary: '' }));
  };
  useEffect(load, [item.id]);
  return (
    <div class="panel-scroll">
      <section class="panel">
        <div class="panel-title-row">
          <h4>Summary</h4>
          <button class="btn-link small" onClick={load}>
            Refresh
          </button>
        </div>
        <p class="summary">{data.value ? data.value.summary || '—' : 'Thinking…'}</p>
      </section>
      <section class="panel">
        <h4>Suggested replies</h4>
        <p class="small muted">
          {usesModel ? 'Written by the model from the store’s knowledge.' : 'No language model: canned responses that fit this conversation’s topic and language.'}
        </p>
        {data.value?.suggestions.length === 0 && <p class="small muted">Nothing fits yet. Type / in the reply box for all canned responses.</p>}
        {data.value?.suggestions.map((s, i) => (
          <div key={i} class="suggestion-card" data-testid="copilot-suggestion">
            <div class="sc-title">{s.title}</div>
            <div class="sc-text">{s.text}</div>
            {s.sources.length > 0 && (
              <div class="small muted">
                Source:{' '}
                {s.sources.map((x) =>
                  x.url && /^(https?:\/\/|\/(?!\/))/.test(x.url) ? (
                    <a key={x.articleId} href={x.url} target="_blank" rel="noopener noreferrer">
                      {x.title}
                    </a>
                  ) : (
                    <span key={x.articleId}>{x.title}</span>
                  ),
                )}
              </div>
            )}
            <button class="btn btn-small" onClick={() => setState({ composerInsert: { text: s.text, nonce: Date.now() } })}>
              Insert
            </button>
          </div>
        ))}
      </section>
    </div>
  );
}
