import { describe, expect, it } from 'vitest';
import { detectBotRequest } from '../../../server/src/pipeline/signals/index.js';

describe('asking for the assistant back', () => {
  it.each([
    'prefiero hablar con el bot otra vez',
    'can I talk to the bot again',
    'ich möchte lieber mit dem Bot weitermachen',
    'je préfère continuer avec l’assistant',
    'posso parlare con il bot?',
    'quero falar com o assistente',
    'ik wil verder met de bot',
  ])('recognises "%s"', (text) => {
    expect(detectBotRequest(text).requested).toBe(true);
  });

  it('does not fire on ordinary questions about the chat', () => {
    expect(detectBotRequest('is this a bot or a person?').requested).toBe(false);
  });
});
