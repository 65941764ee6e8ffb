// The "who lives there" factor: a child who does best alone, and known risks between children.
import {
  NEUTRAL,
  MUCH_YOUNGER_YEARS,
  type ChildProfile,
  type HouseholdProfile,
} from './profiles.ts';
import { countOf, listWords } from './words.ts';

/** A factor's value and, when asked to say why, its sentence. */
export type Assessment = { value: number; sentence: string };

/**
 * Who lives there: a child who does best alone scores only where no other children live;
 * otherwise points are lost only for a known risk, never for ages being near or far apart.
 */
export function assessComposition(
  child: ChildProfile,
  household: HouseholdProfile,
  say: boolean,
): Assessment {
  const others = household.childrenAges;
  const name = child.firstName;
  const count = others.length;
  if (child.prefersOnlyChild) {
    return count === 0
      ? {
          value: 1,
          sentence: say
            ? `${name} does best as the only child, and no other children live there`
            : '',
        }
      : {
          value: 0,
          sentence: say
            ? `${name} does best as the only child, and ${countOf(count, 'other child', 'other children')} ${count === 1 ? 'lives' : 'live'} there`
            : '',
        };
  }
  if (child.needs.includes('sexualised_behaviour') && others.some((age) => age < child.age)) {
    const younger = say ? listWords(others.filter((age) => age < child.age)) : '';
    return {
      value: 0,
      sentence: say
        ? `${name} shows sexualised behaviour and a younger child (${younger}) lives there`
        : '',
    };
  }
  const youngest = Math.min(child.age, ...child.siblingAges);
  if (household.sexualisedBehaviourAges.some((age) => age > youngest)) {
    return {
      value: 0,
      sentence: say
        ? `A child living there shows sexualised behaviour and is older than ${name}${child.siblingAges.length > 0 ? ' or a brother or sister' : ''}`
        : '',
    };
  }
  if (
    child.needs.includes('behaviour') &&
    others.some((age) => child.age - age >= MUCH_YOUNGER_YEARS)
  ) {
    const muchYounger = others.filter((age) => child.age - age >= MUCH_YOUNGER_YEARS);
    return {
      value: NEUTRAL,
      sentence: say
        ? `${name}’s behaviour can challenge and a much younger child (${listWords(muchYounger)}) lives there`
        : '',
    };
  }
  if (count === 0) return { value: 1, sentence: 'No other children live there now' };
  return {
    value: 1,
    sentence: say
      ? `No known concern about the ${countOf(count, 'child', 'children')} living there (${count === 1 ? 'age' : 'ages'} ${listWords([...others].sort((a, b) => a - b))})`
      : '',
  };
}
