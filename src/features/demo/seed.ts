import type { Ctx } from '../../core/context.ts';
import { createUserFromCommandLine } from '../accounts/index.ts';

export type DemoSignIn = { role: string; email: string; password: string; description: string };

export const DEMO_PASSWORD = 'kinfold-demo-2026';

/** Loads the fictional demo agency into an empty database and returns its sign-ins. */
export async function seedDemoAgency(ctx: Ctx): Promise<DemoSignIn[]> {
  await createUserFromCommandLine(ctx, {
    role: 'administrator',
    email: 'admin@demo.kinfold.org',
    name: 'Alex Morgan',
    password: DEMO_PASSWORD,
  });
  await createUserFromCommandLine(ctx, {
    role: 'registered_manager',
    email: 'manager@demo.kinfold.org',
    name: 'Priya Shah',
    password: DEMO_PASSWORD,
  });
  return [
    {
      role: 'administrator',
      email: 'admin@demo.kinfold.org',
      password: DEMO_PASSWORD,
      description: 'Alex Morgan',
    },
    {
      role: 'registered_manager',
      email: 'manager@demo.kinfold.org',
      password: DEMO_PASSWORD,
      description: 'Priya Shah',
    },
  ];
}
