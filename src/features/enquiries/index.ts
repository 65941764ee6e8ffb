// What other parts may use of the ways to get in touch.
export { seedDemoEvents } from './demo-events.ts';
