/** Which skill answers which intent; an open question we asked last turn takes precedence. */
import type { Skill, TurnContext } from '../turn.js';
import { greetingSkill } from './greeting.js';
import { fallbackSkill } from './fallback.js';

export function chooseSkill(ctx: TurnContext): Skill {
  switch (ctx.u.intent) {
    case 'greeting':
      return greetingSkill;
    default:
      return fallbackSkill;
  }
}
