/** Every HTTP route of the helpdesk inbox, registered from app.ts in one line. */
import type { FastifyInstance } from 'fastify';
import { inboxQueueRoutes } from './inbox-queue.js';
import { inboxActionRoutes } from './inbox-actions.js';
import { inboxAssistRoutes } from './inbox-assist.js';
import { inboxCannedRoutes } from './inbox-canned.js';
import { inboxTeamRoutes } from './inbox-team.js';
import { inboxEmailRoutes } from './inbox-email.js';
import { adminAgentRoutes } from './admin-agents.js';
import { adminSettingsRoutes } from './admin-settings.js';

export async function inboxRoutes(app: FastifyInstance): Promise<void> {
  await app.register(inboxQueueRoutes, { prefix: '/api/inbox' });
  for (const routes of [inboxActionRoutes, inboxAssistRoutes, inboxCannedRoutes, inboxTeamRoutes, adminAgentRoutes, adminSettingsRoutes]) {
    await app.register(routes, { prefix: '/api/stores/:storeId' });
  }
  await app.register(inboxEmailRoutes, { prefix: '/api/email' });
}
