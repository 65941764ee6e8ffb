/** Every kind of person who signs in to Kinfold. */
export const ROLES = [
  'administrator',
  'registered_manager',
  'supervising_social_worker',
  'training_coordinator',
  'recruitment_officer',
  'foster_carer',
  'kinship_carer',
  'birth_parent',
  'young_person',
] as const;

export type Role = (typeof ROLES)[number];

/** The agency's own staff: they may be required to use two-factor sign-in. */
export const STAFF_ROLES: readonly Role[] = [
  'administrator',
  'registered_manager',
  'supervising_social_worker',
  'training_coordinator',
  'recruitment_officer',
];

export const CARER_ROLES: readonly Role[] = ['foster_carer', 'kinship_carer'];

/** True for a string that names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True for the agency's staff. */
export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** True for foster and kinship carers. */
export function isCarer(role: Role): boolean {
  return CARER_ROLES.includes(role);
}
