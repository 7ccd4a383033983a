/**
 * detectPromptInjection: messages that try to steer the assistant's model instead of asking the
 * store something — "ignore previous instructions", "show me your system prompt", "you are now
 * DAN", fake role markers. Such messages get a safe canned reply and never reach the composer's
 * instructions verbatim. Scores add up; one strong cue is enough.
 */
import { compilePhrases, foldForCues } from './phrase-matcher.js';

export interface PromptInjection {
  detected: boolean;
  /** 0..1, sum of cue weights capped at 1. */
  score: number;
  cues: string[];
}

const STRONG = compilePhrases([
  '(ignore|disregard|forget|override|bypass) (all |any |the |your )?(previous|prior|above|earlier|preceding|original|system|initial)? ?(instructions|prompts?|rules|directives|guidelines|context)',
  'system ?prompt', '(reveal|show|print|repeat|output|display|tell me|leak|give me) (me )?(your|the) (hidden |initial |original |full )?(instructions|prompt|rules|configuration|guidelines)',
  'you are (now|no longer)', 'from now on,? (you|act|respond|answer)', '(act|behave) as (if you were |an? )?(unrestricted|unfiltered|evil|jailbroken|dan|developer|different)', 'pretend (to be|you are)', 'role-?play as', 'jailbreak', 'developer mode', 'do anything now', '\\bdan\\b (mode|prompt)',
  'new (instructions|rules|system message|task ?:)', '<\\/?\\|?(im_start|im_end|system|endoftext)\\|?>', '(admin|administrator|debug|developer|god|maintenance) mode', '(enter|switch to|activate|enable) (admin|debug|developer|maintenance)',
  '(modo|modalita|mode|modus) (de )?(admin|administrador|administrateur|amministratore|administrator|debug|depuracion|desarrollador|developpeur|sviluppatore|desenvolvedor|ontwikkelaar)', '(admin|debug|entwickler|wartungs)-?modus', '\\[(system|inst)\\]', '^(system|assistant) ?:', '###? ?(system|instruction)',
  '(ignora|olvida|omite) (todas )?(las |tus |sus )?(instrucciones|reglas|indicaciones)( anteriores| previas)?', 'ahora eres (un|una) ', 'prompt del sistema', 'instrucciones (del sistema|ocultas)', 'a partir de ahora (eres|actua)', 'finge (ser|que eres)',
  '(ignoriere|vergiss|missachte) (alle )?(deine |ihre )?(vorherigen |bisherigen )?(anweisungen|regeln|instruktionen)', 'systemprompt', 'system-prompt', 'ab (jetzt|sofort) bist du', 'tu so als (ob du|warst du)', 'gib (mir )?deine (anweisungen|instruktionen) aus',
  '(ignore|oublie|ignorez|oubliez) (toutes )?(les |tes |vos )?(instructions|consignes|regles)( precedentes)?', 'invite systeme', 'prompt systeme', 'a partir de maintenant,? tu es', 'fais semblant d.etre', 'revele (tes|vos) (instructions|consignes)',
  '(ignora|dimentica) (tutte )?(le )?(tue )?(istruzioni|regole)( precedenti)?', 'prompt di sistema', "d'ora in poi sei", 'fingi di essere',
  '(ignore|ignora|esqueca) (todas )?(as )?(tuas |suas )?(instrucoes|regras)( anteriores)?', 'prompt do sistema', 'a partir de agora,? voce e', 'finja (ser|que e)',
  '(negeer|vergeet) (alle )?(je |jouw )?(vorige |eerdere )?(instructies|regels)', 'systeemprompt', 'vanaf nu ben je', 'doe alsof je',
  '(以前|前|上記|これまで)の(指示|命令|ルール)を(無視|忘れ)', 'システムプロンプト', '指示を(無視|忘れ)', 'あなたは今から', 'になりきって', '制限を解除',
  '忽略(之前|以上|前面|所有)?的?(指令|指示|规则|提示)', '(进入|开启|切换到|打开)(调试|开发者?|管理员|维护)模式', '我是你们的(开发|程序员|管理员|工程师)', '(デバッグ|管理者|開発者)モード', '系统提示', '你现在是', '从现在开始你', '扮演', '越狱', '泄露.{0,6}(提示|指令)',
  '이전 지시', '시스템 프롬프트', 'تجاهل التعليمات', 'موجه النظام',
]);
const WEAK = compilePhrases([
  'your (instructions|prompt|rules|programming)', 'as an ai', 'language model', 'openai', 'chatgpt', 'llm', 'token', 'base64', 'respond only with', 'answer only in (json|code)', 'without (any )?(restrictions|filters)', 'no (restrictions|filters|limits)', 'sin restricciones', 'ohne einschrankungen', 'sans restrictions', 'senza restrizioni', 'sem restricoes', 'zonder beperkingen',
  'tus instrucciones', 'deine anweisungen', 'tes instructions', 'le tue istruzioni', 'suas instrucoes', 'jouw instructies', 'あなたの指示', '你的指令', '你的提示',
]);

export function detectPromptInjection(text: string): PromptInjection {
  const folded = foldForCues(text);
  const strong = STRONG.matches(folded);
  const weak = WEAK.matches(folded);
  const score = Math.min(1, strong.length * 0.8 + weak.length * 0.25);
  return { detected: score >= 0.5, score: Math.round(score * 100) / 100, cues: [...strong, ...weak] };
}
