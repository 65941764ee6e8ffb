// What other features may use of the young person's voice and their own space.
export { voiceRoutes } from './routes.tsx';
export { summariseUnansweredQuestions, type UnansweredQuestions } from './worklist-service.ts';
export { countUnansweredQuestions, findUnansweredQuestions } from './worklist-store.ts';
export { UnansweredQuestionsCard } from './views/unanswered-questions-card.tsx';
export { summariseOwnSpace, OWN_SPACE_FIELDS, type OwnSpace } from './own-space.ts';
export { OwnSpaceCards } from './views/own-space-cards.tsx';
export { OWN_VOICE_PATH } from './views/own-voice-page.tsx';
export { seedDemoVoice } from './demo.ts';
