/** Knowledge gaps: what shoppers asked that the assistant could not answer well, grouped, with a one-click draft. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { api } from '../../lib/api.js';
import { reportError } from '../../state/actions.js';
import type { Dimensions, GapCluster, GapReport, ReportFilterValues } from '../reports/report-types.js';
import { ReportFilters, defaultRange } from '../reports/ReportFilters.js';
import { StorePicker, useStoreChoice } from '../reports/use-store-choice.js';
import { count, filterQuery, label } from '../reports/format.js';
import { ArticleEditor, type EditorDraft } from './ArticleEditor.js';

const EMPTY: ReportFilterValues = { from: '', to: '', market: '', language: '', channel: '', intent: '' };

function outline(cluster: GapCluster, locale: string): EditorDraft {
  const asked = cluster.examples.map((e) => `- ${e.text}`).join('\n');
  return { title: cluster.label, locale, mode: 'outline', body: `# ${cluster.label}\n\n[TODO: answer in one or two sentences]\n\n## Details\n\n[TODO]\n\n<!-- Shoppers asked:\n${asked}\n-->\n` };
}

export function GapsPage() {
  const choice = useStoreChoice('admin');
  const storeId = choice.storeId.value;
  const dimensions = useVar<Dimensions | null>(null);
  const filters = useVar<ReportFilterValues>(EMPTY);
  const gaps = useVar<GapReport | null>(null);
  const editing = useVar<EditorDraft | null>(null);
  const drafting = useVar<string | null>(null);

  useEffect(() => {
    if (!storeId) return;
    api.get<Dimensions>(`/api/stores/${storeId}/reports/dimensions`).then((d) => {
      dimensions.set(d);
      filters.set({ ...EMPTY, ...defaultRange(d.timeZone, 30) });
    }, reportError);
  }, [storeId]);

  const query = filterQuery({ ...filters.value });
  useEffect(() => {
    if (!storeId || !filters.value.from) return;
    gaps.set(null);
    api.get<GapReport>(`/api/stores/${storeId}/reports/gaps${query}`).then(gaps.set, reportError);
  }, [storeId, query]);

  const locales = (dimensions.value?.languages ?? ['en']).filter((l) => l !== 'und');
  const draft = async (cluster: GapCluster) => {
    drafting.set(cluster.id);
    try {
      const res = await api.post<{ draft: EditorDraft }>(`/api/stores/${storeId}/reports/gaps/draft`, { label: cluster.label, questions: cluster.examples.map((e) => e.text), locale: locales[0] });
      editing.set(res.draft);
    } catch (err) {
      reportError(err);
    } finally {
      drafting.set(null);
    }
  };

  if (!storeId) return <main class="admin insights"><p class="pane-message">Knowledge gaps are for store admins.</p></main>;
  const g = gaps.value;
  return (
    <main class="admin insights" aria-label="Knowledge gaps">
      <header class="admin-header">
        <h2>Knowledge gaps</h2>
        <StorePicker choice={choice} />
        <span class="spacer" />
        <a class="btn btn-small" href={`/api/stores/${storeId}/reports/gaps/export.csv${query}`} download>Export CSV</a>
      </header>
      <div class="admin-body">
        <ReportFilters dimensions={dimensions.value} filters={filters} show={['market', 'language', 'channel', 'intent']} />
        {!g ? <p class="pane-message">Loading…</p> : (
          <>
            <p class="muted">{count(g.questions)} questions the assistant could not answer well, in {count(g.clusters.length)} topics. Write the article for the top ones first.</p>
            <ol class="gap-list">
              {g.clusters.map((c) => (
                <li key={c.id} class="card gap" data-gap={c.id}>
                  <div class="row-between">
                    <h3 class="gap-title">{c.label}</h3>
                    <span class="gap-count" title="Times asked">{count(c.count)}×</span>
                  </div>
                  <div class="gap-meta">
                    {c.languages.map((l) => <span key={l.locale} class="pill pill-lang">{l.locale} {l.count}</span>)}
                    {c.concepts.map((k) => <span key={k} class="pill pill-soft">{label(k)}</span>)}
                  </div>
                  <ul class="gap-examples">
                    {c.examples.map((e) => <li key={`${e.conversationId}`} lang={e.locale}>“{e.text}”</li>)}
                  </ul>
                  <div class="row">
                    {dimensions.value?.draftModel && (
                      <button class="btn btn-primary btn-small" disabled={drafting.value !== null} onClick={() => void draft(c)}>
                        {drafting.value === c.id ? 'Drafting…' : 'Draft the article'}
                      </button>
                    )}
                    <button class="btn btn-small" onClick={() => editing.set(outline(c, locales[0] ?? 'en'))}>Open the editor</button>
                  </div>
                </li>
              ))}
            </ol>
            {g.clusters.length === 0 && <p class="pane-message">No gaps in this range: the assistant answered everything it was asked.</p>}
          </>
        )}
      </div>
      {editing.value && <ArticleEditor storeId={storeId} locales={locales} draft={editing.value} onClose={() => editing.set(null)} />}
    </main>
  );
}
