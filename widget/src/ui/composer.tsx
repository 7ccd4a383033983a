/** Text box (Enter sends, Shift+Enter breaks the line), photo attachment, send button, typing signal. */
import { useRef, useState } from 'preact/hooks';
import type { AttachmentRef } from '../../../protocol/messages.js';
import type { Chat, ChatState } from '../chat.js';
import { UploadError } from '../attachments.js';
import { Icon } from './icons.js';

interface Draft {
  name: string;
  preview: string;
  ref?: AttachmentRef;
  error?: string;
}

export function Composer(props: { chat: Chat; state: ChatState }) {
  const chat = props.chat;
  const state = props.state;
  const textState = useState('');
  const text = textState[0];
  const setText = textState[1];
  const draftState = useState<Draft | null>(null);
  const draft = draftState[0];
  const setDraft = draftState[1];
  const input = useRef<HTMLTextAreaElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const typingUntil = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const uploading = draft !== null && !draft.ref && !draft.error;
  const canSend = !uploading && (text.trim().length > 0 || Boolean(draft?.ref));

  const stopTyping = () => {
    clearTimeout(typingTimer.current);
    if (typingUntil.current) chat.typing(false);
    typingUntil.current = 0;
  };

  const onInput = (e: Event) => {
    const el = e.target as HTMLTextAreaElement;
    setText(el.value);
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 120)}px`;
    // Tell agents at most every 2 s; stop after 4 s without keystrokes.
    if (Date.now() > typingUntil.current) {
      chat.typing(true);
      typingUntil.current = Date.now() + 2000;
    }
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(stopTyping, 4000);
  };

  const send = () => {
    if (!canSend) return;
    chat.send(text, draft?.ref ? [draft.ref.id] : [], draft?.ref ? [draft.preview] : []);
    setText('');
    setDraft(null);
    stopTyping();
    if (input.current) input.current.style.height = 'auto';
    input.current?.focus();
  };

  const pick = async (e: Event) => {
    const chosen = (e.target as HTMLInputElement).files?.[0];
    (e.target as HTMLInputElement).value = '';
    if (!chosen) return;
    const next: Draft = { name: chosen.name, preview: URL.createObjectURL(chosen) };
    setDraft(next);
    try {
      const ref = await chat.attachments.upload(chosen);
      setDraft({ ...next, ref });
    } catch (err) {
      setDraft({ ...next, error: err instanceof UploadError ? err.message : chat.t('uploadFailed') });
    }
  };

  return (
    <div class="composer">
      {draft && (
        <div class="draft">
          {!draft.error && <img src={draft.preview} alt="" />}
          <span class={draft.error ? 'err' : undefined} role={draft.error ? 'alert' : 'status'}>{draft.error ?? (draft.ref ? draft.name : chat.t('uploading'))}</span>
          <button type="button" class="icon-btn" aria-label={chat.t('removeAttachment', { name: draft.name })} onClick={() => setDraft(null)}><Icon name="close" size={16} /></button>
        </div>
      )}
      <div class="inputs">
        <input ref={file} type="file" accept={(state.config?.attachments.types ?? ['image/*']).join(',')} hidden onChange={(e) => void pick(e)} />
        <button type="button" class="icon-btn" aria-label={chat.t('attach')} onClick={() => file.current?.click()}><Icon name="clip" /></button>
        <textarea ref={input} rows={1} value={text} aria-label={chat.t('placeholder')} placeholder={chat.t('placeholder')} maxLength={4000}
          onInput={onInput} onBlur={stopTyping}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              send();
            }
          }} />
        <button type="button" class="send" aria-label={chat.t('send')} disabled={!canSend} onClick={send}><Icon name="send" size={18} flip={state.config?.rtl ?? false} /></button>
      </div>
    </div>
  );
}
