// The factors matching weighs, in the order they are shown, with what each one means. The agency's
// weights for them are in the matching_weights table; the manager changes them on /matching/weights.

export const FACTORS = [
  'needs',
  'attachment',
  'school_distance',
  'family_time_distance',
  'culture',
  'composition',
  'continuity',
] as const;

export type FactorKey = (typeof FACTORS)[number];

/** How much each factor counts; the total is shared out in proportion to these. */
export type Weights = Record<FactorKey, number>;

/** What each factor is called and how it is worked out, for the weights page and the rankings. */
export const FACTOR_WORDS: Record<FactorKey, { name: string; meaning: string }> = {
  needs: {
    name: 'Needs and skills',
    meaning:
      'How many of the child’s needs the household has experience of. Training a carer has completed that prepares for a need counts for part of it (40%).',
  },
  attachment: {
    name: 'Attachment experience',
    meaning:
      'When the child has attachment or trauma needs: full points if the household has cared for a child with those needs with us, half if it lists that experience from elsewhere.',
  },
  school_distance: {
    name: 'Near school',
    meaning:
      'How far the household is from the child’s school: full points within 3 km, none beyond 40 km. When either place is unknown, every household gets half.',
  },
  family_time_distance: {
    name: 'Near family time',
    meaning:
      'How far the household is from where the child sees their family: full points within 3 km, none beyond 40 km. Unknown places give half.',
  },
  culture: {
    name: 'Culture, language and faith',
    meaning:
      'Whether the household shares a language, the faith and the ethnicity recorded for the child; each that is known counts equally.',
  },
  composition: {
    name: 'Who lives there',
    meaning:
      'The children already living there. A child who does best alone scores only where no other children live. Otherwise points are lost only for a known risk: sexualised behaviour alongside a younger child, or behaviour that challenges with a much younger child.',
  },
  continuity: {
    name: 'Cared for the child before',
    meaning: 'Full points for a household that has cared for this child before.',
  },
};

/** The agency's weights as first installed (migration 0012), for tests and a reset. */
export const DEFAULT_WEIGHTS: Weights = {
  needs: 30,
  attachment: 15,
  school_distance: 15,
  family_time_distance: 10,
  culture: 10,
  composition: 10,
  continuity: 10,
};

/** The sum of the weights; scores are shared out of 100 in proportion to each weight. */
export function weightSum(weights: Weights): number {
  return FACTORS.reduce((sum, factor) => sum + weights[factor], 0);
}
