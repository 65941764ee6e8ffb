// What other features may use of the partnership space's messages.
export { partnershipMessageRoutes } from './routes.tsx';
export { loadMessagesWaiting, type MessagesWaiting } from './waiting-service.ts';
export { MessagesWaitingCard } from './views/messages-waiting-card.tsx';
export { seedDemoHeldMessage, seedDemoMessages } from './demo.ts';
