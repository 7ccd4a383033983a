/** Hello, thanks, bye: a short, friendly answer in the shopper's language. */
import { t } from '../../i18n/i18n.js';
import { smallTalkKinds } from '../language/index.js';
import type { Skill } from '../turn.js';

export const greetingSkill: Skill = async (ctx) => {
  const kinds = smallTalkKinds(ctx.text) ?? ['greeting'];
  const key = kinds.includes('bye') ? 'bye' : kinds.includes('thanks') ? 'thanks' : kinds.includes('greeting') ? 'hello' : 'ack';
  return { replies: [{ text: t(ctx.u.locale, `greeting.${key}`, { store: ctx.store.name }) }], answered: true };
};
