/** The name a child is known by, with their family name: "Leo Smith". */
export function childName(child: {
  firstName: string;
  preferredName: string | null;
  lastName: string;
}): string {
  return `${child.preferredName ?? child.firstName} ${child.lastName}`;
}

/** The kind of care a child has in a home, in plain words. */
export function careTypeLabel(careType: string): string {
  switch (careType) {
    case 'emergency':
      return 'Emergency care';
    case 'short_term':
      return 'Short-term care';
    case 'long_term':
      return 'Long-term care';
    case 'short_break':
      return 'Short breaks';
    case 'parent_and_child':
      return 'Parent and child care';
    case 'remand':
      return 'Remand care';
    default:
      return careType.replace(/_/g, ' ');
  }
}

/** A birth parent's relationship to the child. */
export function relationshipLabel(relationship: 'mother' | 'father' | 'parent' | 'other'): string {
  switch (relationship) {
    case 'mother':
      return 'Mother';
    case 'father':
      return 'Father';
    case 'parent':
      return 'Parent';
    case 'other':
      return 'Family member';
  }
}

/** A recorded value, or words that say nothing is recorded (never an empty space). */
export function orNotRecorded(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : 'Not recorded';
}
