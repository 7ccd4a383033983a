/**
 * Image uploads from the widget and their download, for the conversation's owner (the token the
 * widget holds, sent as `X-Parley-Token`) and the store's agents (session cookie). The bytes are
 * checked by magic number, stored under a random id and served back with the detected type,
 * `nosniff` and a sandboxing CSP, so an upload can never run as a page or a script.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { detectImage, EXTENSIONS, IMAGE_TYPES, safeFileName, type ImageType } from './image-type.js';
import { countConversationAttachments, getAttachmentMeta, insertAttachment, readAttachmentData, toAttachmentRef, type StoredAttachment } from './attachments-repository.js';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_CONVERSATION = 20;
export const TOKEN_HEADER = 'x-parley-token';

const StoreId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' });
const AttachmentParams = Type.Object({ storeId: StoreId, attachmentId: Type.String({ format: 'uuid' }) });

export async function attachmentRoutes(app: FastifyInstance): Promise<void> {
  // Shoppers upload from the store's origin; errors must be readable there too (no cookies involved).
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/widget/')) reply.header('access-control-allow-origin', '*');
  });
  // Raw bytes, whatever type the browser claims: the content decides (below).
  app.addContentTypeParser(/^(image\/[\w.+-]+|application\/octet-stream)$/, { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) => done(null, body));

  async function shopperConversation(request: FastifyRequest, storeId: string) {
    const token = request.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || token.length < 16 || token.length > 100) throw new ParleyError('UNAUTHENTICATED', 'X-Parley-Token (the conversation token) is required');
    const conversation = await app.conversations.resume(storeId, token);
    if (!conversation) throw new ParleyError('FORBIDDEN', 'This token does not open a conversation of this store');
    return conversation;
  }

  app.post(
    '/api/widget/:storeId/attachments',
    { bodyLimit: MAX_ATTACHMENT_BYTES, schema: { params: Type.Object({ storeId: StoreId }) }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { storeId } = request.params as { storeId: string };
      const conversation = await shopperConversation(request, storeId);
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new ParleyError('VALIDATION', 'Send the image bytes as the request body (Content-Type: image/*)');
      const image = detectImage(body);
      if (!image) throw new ParleyError('UNPROCESSABLE', `Only images can be attached: ${IMAGE_TYPES.map((t) => EXTENSIONS[t]).join(', ')}`);
      if ((await countConversationAttachments(app.db, conversation.id)) >= MAX_ATTACHMENTS_PER_CONVERSATION) {
        throw new ParleyError('RATE_LIMITED', `A conversation can hold up to ${MAX_ATTACHMENTS_PER_CONVERSATION} images`);
      }
      const nameHeader = request.headers['x-file-name'];
      const attachment = await insertAttachment(app.db, {
        storeId,
        conversationId: conversation.id,
        uploadedBy: 'shopper',
        contentType: image.contentType,
        fileName: safeFileName(typeof nameHeader === 'string' ? nameHeader : undefined, image.contentType),
        width: image.width,
        height: image.height,
        sha256: createHash('sha256').update(body).digest('hex'),
        data: body,
      });
      return reply.status(201).send({ attachment: toAttachmentRef(attachment) });
    },
  );

  app.get('/api/widget/:storeId/attachments/:attachmentId', { schema: { params: AttachmentParams } }, async (request, reply) => {
    const { storeId, attachmentId } = request.params as { storeId: string; attachmentId: string };
    const conversation = await shopperConversation(request, storeId);
    const attachment = await getAttachmentMeta(app.db, storeId, attachmentId);
    if (!attachment || attachment.conversationId !== conversation.id) throw new ParleyError('NOT_FOUND');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return sendImage(reply, attachment, await readAttachmentData(app.db, attachment.id));
  });

  app.get('/api/stores/:storeId/attachments/:attachmentId', { schema: { params: AttachmentParams } }, async (request, reply) => {
    const { storeId, attachmentId } = request.params as { storeId: string; attachmentId: string };
    await app.requireStoreMember(request, storeId);
    const attachment = await getAttachmentMeta(app.db, storeId, attachmentId);
    if (!attachment) throw new ParleyError('NOT_FOUND');
    reply.header('cross-origin-resource-policy', 'same-origin');
    return sendImage(reply, attachment, await readAttachmentData(app.db, attachment.id));
  });
}

function sendImage(reply: FastifyReply, attachment: StoredAttachment, data: Buffer | undefined): FastifyReply {
  if (!data) throw new ParleyError('NOT_FOUND');
  const extension = EXTENSIONS[attachment.contentType as ImageType] ?? 'bin';
  return reply
    .header('content-type', attachment.contentType)
    .header('content-length', data.length)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `inline; filename="attachment-${attachment.id.slice(0, 8)}.${extension}"`)
    .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
    .header('cache-control', 'private, max-age=86400, immutable')
    .header('etag', `"${attachment.sha256}"`)
    .header('referrer-policy', 'no-referrer')
    .send(data);
}
