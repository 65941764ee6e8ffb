import type { Role } from '../access/roles.ts';

export type NavItem = { href: string; label: string };

/**
 * The few places each role goes most. Seven items at most (see UI.md); pages a role may not use
 * are left out here, and the policy refuses them anyway.
 */
export function navigationFor(role: Role): NavItem[] {
  const home = { href: '/home', label: 'Home' };
  const account = { href: '/account', label: 'Your account' };
  // For the roles that write the public site's news and blogs.
  const news = { href: '/news/manage', label: 'News' };
  switch (role) {
    case 'administrator':
      return [
        home,
        { href: '/admin/users', label: 'People and access' },
        { href: '/admin/settings', label: 'Settings' },
        { href: '/admin/authorities', label: 'Local authorities' },
        news,
        account,
      ];
    // People and access, news and local authorities are linked from the manager's home page.
    case 'registered_manager':
      return [
        home,
        { href: '/referrals', label: 'Referrals' },
        { href: '/children', label: 'Children' },
        { href: '/households', label: 'Households' },
        { href: '/stability', label: 'Stability' },
        { href: '/audit', label: 'Audit trail' },
        account,
      ];
    case 'supervising_social_worker':
      return [
        home,
        { href: '/referrals', label: 'Referrals' },
        { href: '/households', label: 'My households' },
        { href: '/children', label: 'Children' },
        { href: '/daily-records/reports', label: 'Reports to read' },
        { href: '/training/carers', label: 'Carers’ training' },
        account,
      ];
    case 'recruitment_officer':
      return [
        home,
        { href: '/recruitment', label: 'Recruitment' },
        { href: '/households', label: 'Applicants' },
        news,
        account,
      ];
    case 'training_coordinator':
      return [
        home,
        { href: '/training', label: 'Courses' },
        { href: '/training/sessions', label: 'Sessions' },
        { href: '/training/carers', label: 'Carers' },
        { href: '/training/compliance', label: 'Compliance' },
        { href: '/training/e-learning/manage', label: 'E-learning' },
        account,
      ];
    case 'foster_carer':
    case 'kinship_carer':
      return [
        home,
        { href: '/households', label: 'Our household' },
        { href: '/daily-records', label: 'Daily records' },
        { href: '/training/mine', label: 'Training' },
        { href: '/training/e-learning', label: 'E-learning' },
        account,
      ];
    case 'young_person':
      return [
        home,
        { href: '/my/people', label: 'My people' },
        { href: '/my/story', label: 'My story' },
        { href: '/my/future', label: 'My future' },
        { href: '/my/voice', label: 'My voice' },
        account,
      ];
    case 'birth_parent':
      return [home, account];
  }
}

/** The public website's sections, for visitors who are not signed in (seven, like every role's). */
export function publicNavigation(): NavItem[] {
  return [
    { href: '/fostering', label: 'Fostering' },
    { href: '/our-approach', label: 'Our approach' },
    { href: '/training-and-support', label: 'Training and support' },
    { href: '/kinship-care', label: 'Kinship care' },
    { href: '/news', label: 'News and blogs' },
    { href: '/questions', label: 'Questions' },
    { href: '/contact', label: 'Contact us' },
  ];
}
