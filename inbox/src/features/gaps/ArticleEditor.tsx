/** Writes a help-center article from a knowledge gap: the draft (model or outline) in an editable form, saved through the knowledge API. */
import { useVar } from '../../lib/use-var.js';
import { api } from '../../lib/api.js';
import { toast } from '../../state/store.js';
import { reportError } from '../../state/actions.js';

export interface EditorDraft {
  title: string;
  body: string;
  locale: string;
  mode: 'llm' | 'outline';
}

export function ArticleEditor(props: { storeId: string; locales: string[]; draft: EditorDraft; onClose: () => void }) {
  const title = useVar(props.draft.title);
  const body = useVar(props.draft.body);
  const locale = useVar(props.draft.locale);
  const saving = useVar(false);

  const save = async () => {
    saving.set(true);
    try {
      await api.post(`/api/stores/${props.storeId}/articles`, { title: title.value, body: body.value, locale: locale.value, format: 'markdown', tags: ['from-knowledge-gap'] });
      toast('Article saved to the help center');
      props.onClose();
    } catch (err) {
      reportError(err);
    } finally {
      saving.set(false);
    }
  };

  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
      <div class="dialog article-editor" role="dialog" aria-label="Write the article">
        <h3>New help-center article</h3>
        <p class="muted small">
          {props.draft.mode === 'llm' ? 'Drafted by the model from the shoppers’ questions and your store facts. Check every [TODO] before saving.' : 'An outline with the questions shoppers asked. Replace the [TODO] parts.'}
        </p>
        <label>Title<input name="title" value={title.value} onInput={(e) => title.set(e.currentTarget.value)} /></label>
        <label>Language
          <select name="locale" value={locale.value} onChange={(e) => locale.set(e.currentTarget.value)}>
            {props.locales.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </label>
        <label>Article (Markdown)<textarea name="body" rows={16} value={body.value} onInput={(e) => body.set(e.currentTarget.value)} /></label>
        <div class="dialog-actions">
          <button class="btn" onClick={props.onClose}>Cancel</button>
          <button class="btn btn-primary" disabled={saving.value || !title.value.trim() || !body.value.trim()} onClick={() => void save()}>Save article</button>
        </div>
      </div>
    </div>
  );
}
