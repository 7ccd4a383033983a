/**
 * Photos in the chat: checked in the browser first (type, size), uploaded with the conversation
 * token, and read back the same way (fetch with the token header → object URL), so image URLs
 * never carry a credential and nobody else can open them.
 */
import type { AttachmentRef } from '../../protocol/messages.js';
import type { Chat } from './chat.js';

const FALLBACK_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

export class UploadError extends Error {}

export class Attachments {
  private readonly images = new Map<string, string | 'loading' | 'failed'>();

  constructor(private readonly chat: Chat) {}

  private base(): string {
    return `${this.chat.options.host}/api/widget/${encodeURIComponent(this.chat.options.storeId)}/attachments`;
  }

  /** Validates and uploads a file; throws UploadError with a message for the shopper. */
  async upload(file: File): Promise<AttachmentRef> {
    const limits = this.chat.state.config?.attachments ?? { maxBytes: 5 * 1024 * 1024, types: FALLBACK_TYPES };
    if (!limits.types.includes(file.type)) throw new UploadError(this.chat.t('notImage'));
    if (file.size > limits.maxBytes) throw new UploadError(this.chat.t('tooLarge', { mb: Math.round(limits.maxBytes / 1048576) }));
    const token = await this.chat.ensureConversation();
    if (!token) throw new UploadError(this.chat.t('uploadFailed'));
    const res = await fetch(this.base(), {
      method: 'POST',
      headers: { 'content-type': file.type, 'x-parley-token': token, 'x-file-name': encodeURIComponent(file.name.slice(0, 120)) },
      body: file,
    }).catch(() => undefined);
    if (!res?.ok) throw new UploadError(res?.status === 422 ? this.chat.t('notImage') : res?.status === 413 ? this.chat.t('tooLarge', { mb: Math.round(limits.maxBytes / 1048576) }) : this.chat.t('uploadFailed'));
    return ((await res.json()) as { attachment: AttachmentRef }).attachment;
  }

  /** An object URL for a stored image, or undefined while it loads (the UI re-renders when it does). */
  imageUrl(ref: AttachmentRef): string | undefined {
    const known = this.images.get(ref.id);
    if (known === 'loading' || known === 'failed') return undefined;
    if (known) return known;
    const token = this.chat.state.session?.token;
    if (!token) return undefined;
    this.images.set(ref.id, 'loading');
    void fetch(`${this.base()}/${ref.id}`, { headers: { 'x-parley-token': token } })
      .then((res) => (res.ok ? res.blob() : Promise.reject(new Error(String(res.status)))))
      .then((blob) => this.images.set(ref.id, URL.createObjectURL(blob)))
      .catch(() => this.images.set(ref.id, 'failed'))
      .finally(() => this.chat.set({}));
    return undefined;
  }
}
