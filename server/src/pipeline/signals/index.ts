export { detectHumanRequest, type HumanRequest } from './human-request.js';
export { detectFrustration, type Frustration } from './frustration.js';
export { detectSensitiveTopics, SENSITIVE_TOPICS, type SensitiveTopic } from './sensitive-topics.js';
export { detectBotRequest, type BotRequest } from './bot-request.js';
export { detectPromptInjection, type PromptInjection } from './prompt-injection.js';
