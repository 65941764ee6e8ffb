// What other features may use of the plans for children going home.
export { reunificationRoutes } from './routes.tsx';
export {
  loadSupportDue,
  SUPPORT_DUE_SHOWN,
  type SupportDue,
  type SupportDueItem,
} from './support-due.ts';
export { SupportDueCard } from './views/support-due-card.tsx';
export { seedDemoReunification } from './demo.ts';
