/** The pop-up list above the reply box for "/canned" and "@mention" completion. */
export interface Suggestion {
  key: string;
  label: string;
  detail: string;
  value: string;
  preview?: string;
  /** Canned responses replace the whole box; mentions replace the word being typed. */
  replaceAll?: boolean;
}

export function Suggestions(props: { items: Suggestion[]; onChoose: (s: Suggestion) => void }) {
  const items = props.items;
  const onChoose = props.onChoose;
  return (
    <ul class="suggestions" role="listbox" aria-label="Suggestions">
      {items.map((s, i) => (
        <li key={s.key} role="option" aria-selected={i === 0} class={i === 0 ? 'first' : ''}>
          <button
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(s);
            }}
          >
            <span class="sg-label">{s.label}</span> <span class="sg-detail">{s.detail}</span>
            {s.preview && <div class="sg-preview">{s.preview}</div>}
          </button>
        </li>
      ))}
    </ul>
  );
}
