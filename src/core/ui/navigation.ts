import type { Role } from '../access/roles.ts';

export type NavItem = { href: string; label: string };

/**
 * The few places each role goes most. Seven items at most (see UI.md); pages a role may not use
 * are left out here, and the policy refuses them anyway.
 */
export function navigationFor(role: Role): NavItem[] {
  const home = { href: '/home', label: 'Home' };
  const account = { href: '/account', label: 'Your account' };
  switch (role) {
    case 'administrator':
      return [
        home,
        { href: '/admin/users', label: 'People and access' },
        { href: '/admin/settings', label: 'Settings' },
        account,
      ];
    case 'registered_manager':
      return [
        home,
        { href: '/households', label: 'Households' },
        { href: '/children', label: 'Children' },
        { href: '/admin/users', label: 'People and access' },
        { href: '/audit', label: 'Audit trail' },
        account,
      ];
    case 'supervising_social_worker':
      return [
        home,
        { href: '/households', label: 'My households' },
        { href: '/children', label: 'Children' },
        account,
      ];
    case 'recruitment_officer':
      return [home, { href: '/households', label: 'Applicants' }, account];
    case 'training_coordinator':
      return [home, account];
    case 'foster_carer':
    case 'kinship_carer':
      return [home, { href: '/households', label: 'Our household' }, account];
    case 'birth_parent':
    case 'young_person':
      return [home, account];
  }
}
