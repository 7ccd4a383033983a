/**
 * detectBotRequest: after a hand-off, the shopper asks for the assistant back ("never mind, I'll
 * ask the bot", "volver al asistente"), so the conversation can leave the human queue.
 */
import type { Locale } from '../language/locales.js';
import { compilePhrases, foldForCues } from './phrase-matcher.js';

const BOT_REQUEST = compilePhrases([
  '(back to|bring back|give me|switch (back )?to|return to|talk to|continue with|use) (the )?(bot|chatbot|assistant|ai|virtual assistant|automated)', "(i'?ll|i will|let me) (ask|use|try) the (bot|assistant|chatbot)", 'cancel (the )?(handoff|hand-off|transfer|request for (a )?(human|agent))', "(don'?t|no) need (a |an )?(human|agent|person) (anymore|any more)", 'never ?mind.{0,30}(bot|assistant)',
  '(volver|vuelve|regresar) al? (bot|asistente|chatbot)', '(prefiero|quiero) (el|al) (bot|asistente)', '(hablar|seguir|continuar) con el (bot|asistente|chatbot)', 'ya no necesito (un |una )?(agente|persona|humano)', 'cancela(r)? (la )?transferencia',
  'zuruck zum (bot|assistenten|chatbot)', '(mit dem|beim) (bot|assistenten|chatbot) (weitermachen|sprechen|bleiben)', '(lieber|doch) (den|mit dem) (bot|assistenten)', 'brauche keinen (mitarbeiter|menschen) mehr', 'weiterleitung abbrechen',
  '(revenir|retour) (au |a l.)(bot|assistant|chatbot)', '(parler|continuer) avec (le |l.)?(bot|assistant|chatbot)', 'plus besoin d.un (conseiller|humain|agent)', 'annuler le transfert',
  '(tornare|torna|ritorna(re)?) al (bot|assistente|chatbot)', '(parlare|continuare) con (il )?(bot|assistente|chatbot)', 'non (mi )?serve piu (un )?(operatore|umano)', 'annulla(re)? il trasferimento',
  '(voltar|volta) (ao|para o) (bot|assistente|robo|chatbot)', '(falar|continuar) com o (bot|assistente|chatbot)', 'nao preciso mais de (um )?(atendente|humano)', 'cancelar (a )?transferencia',
  'terug naar de (bot|assistent|chatbot)', '(praten|verder) met de (bot|assistent|chatbot)', 'geen medewerker meer nodig', 'doorverbinden annuleren',
  '(ボット|チャットボット|アシスタント|aiに?)(に戻|で大丈夫|でいい)', 'オペレーター(は)?(不要|いりません|大丈夫)', '(回到|换回|切回|还是用)(机器人|智能客服|助手)', '不用(转)?人工了', '取消转人工',
]);

export interface BotRequest {
  requested: boolean;
  cues: string[];
}

export function detectBotRequest(text: string, _locale?: Locale): BotRequest {
  const cues = BOT_REQUEST.matches(foldForCues(text));
  return { requested: cues.length > 0, cues };
}
