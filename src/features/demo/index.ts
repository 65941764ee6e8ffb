// What other parts may use of the demo agency.
export { seedDemoAgency, DEMO_PASSWORD, type DemoSignIn } from './seed.ts';
