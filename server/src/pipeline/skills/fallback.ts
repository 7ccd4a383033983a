/** When nothing else applies: ask one clear question rather than guess. */
import { t } from '../../i18n/i18n.js';
import type { Skill } from '../turn.js';

export const fallbackSkill: Skill = async (ctx) => ({
  replies: [{ text: t(ctx.u.locale, 'fallback.clarify') }],
  answered: false,
});
