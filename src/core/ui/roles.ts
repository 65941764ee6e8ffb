import type { Role } from '../access/roles.ts';
import { capitalise, type Terms } from './terms.ts';

/** How a role is named on screen, in the agency's words. */
export function roleLabel(role: Role, terms: Terms): string {
  switch (role) {
    case 'administrator':
      return 'Administrator';
    case 'registered_manager':
      return 'Registered manager';
    case 'supervising_social_worker':
      return capitalise(terms.supervisingSocialWorker);
    case 'training_coordinator':
      return 'Training coordinator';
    case 'recruitment_officer':
      return 'Recruitment officer';
    case 'foster_carer':
      return capitalise(terms.fosterCarer);
    case 'kinship_carer':
      return capitalise(terms.kinshipCarer);
    case 'birth_parent':
      return 'Parent';
    case 'young_person':
      return 'Young person';
  }
}
