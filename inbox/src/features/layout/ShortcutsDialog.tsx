import { setState } from '../../state/store.js';
import { SHORTCUTS } from './shortcuts.js';

export function ShortcutsDialog() {
  const close = () => setState({ showShortcuts: false });
  return (
    <div class="dialog-backdrop" onClick={close}>
      <div class="dialog" role="dialog" aria-label="Keyboard shortcuts" onClick={(e) => e.stopPropagation()}>
        <h3>Keyboard shortcuts</h3>
        <table class="shortcuts">
          <tbody>
            {SHORTCUTS.map((row) => (
              <tr key={row[0]}>
                <td>
                  <kbd>{row[0]}</kbd>
                </td>
                <td>{row[1]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="dialog-actions">
          <button class="btn" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
