/**
 * Every action a route or service may ask the policy about. Adding an action means adding its rule
 * in policy.ts; TypeScript refuses to compile until every action has one.
 */
export const ACTIONS = [
  'home.view',
  'account.manage_own',
  'user.list',
  'user.create',
  'user.update',
  'settings.manage',
  'audit.read',
  'household.list',
  'household.read',
  'household.read_address',
  'child.list',
  'child.read',
  'child.read_family_view',
  'recruitment.list',
  'recruitment.read',
  'recruitment.update',
  'recruitment.decide',
  'recruitment.export',
  'recruitment.manage_panels',
  'article.manage',
  'analytics.read',
  'event.manage',
  'training.read',
  'training.manage',
  'training.take_part',
  'training.book',
  'training.read_record',
  'training.report',
  'training.sign_off_tsds',
  'training.take_register',
] as const;

export type Action = (typeof ACTIONS)[number];
