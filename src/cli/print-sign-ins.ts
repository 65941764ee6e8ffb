import type { DemoSignIn } from '../features/demo/index.ts';

/** Prints the demo accounts as a table a new user can copy from. */
export function printDemoSignIns(signIns: DemoSignIn[]): void {
  if (signIns.length === 0) return;
  const password = signIns[0]?.password ?? '';
  console.log('');
  console.log(`Demo sign-ins (every account's password is: ${password})`);
  const width = Math.max(...signIns.map((signIn) => signIn.role.length));
  for (const signIn of signIns) {
    console.log(`  ${signIn.role.padEnd(width)}  ${signIn.email.padEnd(36)} ${signIn.description}`);
  }
  console.log('');
}
