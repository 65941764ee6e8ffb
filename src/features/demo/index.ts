// What other parts may use of the demo agency.
export { seedDemoAgency, type DemoSignIn } from './seed.ts';
