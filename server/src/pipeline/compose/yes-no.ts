/** A short yes or no in any supported language (confirming an action we proposed). */
import { foldText } from '../language/index.js';

const YES = /^(yes|yeah|yep|yup|sure|ok(ay)?|please( do)?|go ahead|confirm(ed)?|si|sí|claro|vale|por favor|ja|jawohl|genau|bitte|oui|d'accord|bien sur|volontiers|certo|va bene|sim|claro|pode|ja graag|prima|graag|はい|お願いします|お願い|ええ|うん|是|是的|好|好的|对|확인|네|예|نعم|أجل)\b/;
const NO = /^(no|nope|nah|don'?t|do not|cancel that|never ?mind|no gracias|mejor no|nein|lieber nicht|non|non merci|pas la peine|no grazie|não|nao|nee|liever niet|いいえ|いや|やめ|不|不要|不用|아니|아니요|لا)\b/;

export function yesOrNo(text: string): 'yes' | 'no' | undefined {
  const folded = foldText(text).toLowerCase().trim();
  if (NO.test(folded)) return 'no';
  if (YES.test(folded)) return 'yes';
  return undefined;
}
