// Each factor's value for a household, and the sentence that explains it when asked. Pure.
import { kmBetween, type Spot } from './distance.ts';
import type { FactorKey } from './factors.ts';
import { assessComposition, type Assessment } from './assess-composition.ts';
import {
  FAR_KM,
  NEAR_KM,
  NEUTRAL,
  TRAINING_SHARE,
  type ChildProfile,
  type HouseholdProfile,
} from './profiles.ts';
import { countOf, formatKm, listWords, shortNeeds } from './words.ts';

// Each assessment gives the value and, when asked to say why, the sentence. Rankings of thousands
// show twenty, so the words are put together only when a page reads them (see Part).

function assessNeeds(child: ChildProfile, household: HouseholdProfile, say: boolean): Assessment {
  const needs = child.needs;
  if (needs.length === 0) {
    return {
      value: 1,
      sentence: say
        ? `No particular needs are recorded for ${child.firstName}, so every household gets these points`
        : '',
    };
  }
  let skilled = 0;
  let trained = 0;
  for (const need of needs) {
    if (household.skills.includes(need)) skilled += 1;
    else if (household.trainedNeeds.includes(need)) trained += 1;
  }
  const value = (skilled + TRAINING_SHARE * trained) / needs.length;
  return { value, sentence: say ? needsWords(child, household) : '' };
}

function needsWords(child: ChildProfile, household: HouseholdProfile): string {
  const needs = child.needs;
  const skilled = needs.filter((need) => household.skills.includes(need));
  const trained = needs.filter(
    (need) => !skilled.includes(need) && household.trainedNeeds.includes(need),
  );
  const ofChild = `${child.firstName}’s ${countOf(needs.length, 'need')}`;
  if (skilled.length === 0) {
    return trained.length > 0
      ? `Has no recorded experience of ${ofChild}, but training in ${trained.length} (${shortNeeds(trained)})`
      : `Has no recorded experience of or training in ${ofChild} (${shortNeeds(needs)})`;
  }
  const training =
    trained.length > 0 ? ` and training in ${trained.length} more (${shortNeeds(trained)})` : '';
  return `Has experience of ${skilled.length} of ${needs.length} ${needs.length === 1 ? 'need' : 'needs'} (${shortNeeds(skilled)})${training}`;
}

function isAttachmentNeed(need: string): boolean {
  return need === 'attachment' || need === 'trauma';
}

function assessAttachment(
  child: ChildProfile,
  household: HouseholdProfile,
  say: boolean,
): Assessment {
  if (!child.needs.some(isAttachmentNeed)) {
    return {
      value: 1,
      sentence: say
        ? `No attachment or trauma needs are recorded for ${child.firstName}, so every household gets these points`
        : '',
    };
  }
  if (household.attachmentChildren > 0) {
    return {
      value: 1,
      sentence: say
        ? `Has cared with us for ${countOf(household.attachmentChildren, 'child', 'children')} with attachment or trauma needs`
        : '',
    };
  }
  if (household.skills.some(isAttachmentNeed)) {
    return {
      value: NEUTRAL,
      sentence:
        'Lists experience of attachment difficulties or trauma, but has not yet cared for a child with these needs with us',
    };
  }
  return { value: 0, sentence: 'Has no recorded experience of attachment difficulties or trauma' };
}

/** Full points near, none far, in a straight line between. */
export function nearness(km: number): number {
  if (km <= NEAR_KM) return 1;
  if (km >= FAR_KM) return 0;
  return (FAR_KM - km) / (FAR_KM - NEAR_KM);
}

function assessDistance(
  place: Spot | null,
  words: { from: string; unknown: string } | null,
  household: HouseholdProfile,
): Assessment {
  if (!place) {
    return {
      value: NEUTRAL,
      sentence: words ? `${words.unknown}, so every household gets half` : '',
    };
  }
  const km = kmBetween(household.spot, place);
  if (km === null) {
    return { value: NEUTRAL, sentence: 'We do not know where this household is, so it gets half' };
  }
  if (!words) return { value: nearness(km), sentence: '' };
  const isEstimated = place.isEstimated || household.spot!.isEstimated;
  const distance = km < 1 ? 'Less than 1 km' : `About ${formatKm(km)} km`;
  return {
    value: nearness(km),
    sentence: `${distance} from ${words.from}${isEstimated ? ' (estimated from the middle of the area)' : ''}`,
  };
}

function schoolWords(child: ChildProfile) {
  const school = child.schoolName.trim() || `${child.firstName}’s school`;
  return { from: school, unknown: `We do not know where ${school} is` };
}

const FAMILY_TIME_WORDS = {
  from: 'where family time happens',
  unknown: 'We do not know where family time happens',
};

function isSameWords(a: string, b: string): boolean {
  return a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function speaks(household: HouseholdProfile, language: string): boolean {
  return household.languages.some((spoken) => isSameWords(spoken, language));
}

function assessCulture(child: ChildProfile, household: HouseholdProfile, say: boolean): Assessment {
  let known = 0;
  let shared = 0;
  if (child.languages.length > 0) {
    known += 1;
    if (child.languages.some((language) => speaks(household, language))) shared += 1;
  }
  if (child.faith.trim() !== '') {
    known += 1;
    if (isSameWords(household.faith, child.faith)) shared += 1;
  }
  if (child.ethnicity.trim() !== '') {
    known += 1;
    if (isSameWords(household.ethnicity, child.ethnicity)) shared += 1;
  }
  if (known === 0) {
    return {
      value: NEUTRAL,
      sentence: say
        ? `Nothing is recorded about ${child.firstName}’s languages, faith or ethnicity, so every household gets half`
        : '',
    };
  }
  return { value: shared / known, sentence: say ? cultureWords(child, household) : '' };
}

function cultureWords(child: ChildProfile, household: HouseholdProfile): string {
  const parts: string[] = [];
  if (child.languages.length > 0) {
    const common = child.languages.filter((language) => speaks(household, language));
    parts.push(
      common.length > 0
        ? `speaks ${listWords(common)} like ${child.firstName}`
        : `does not speak ${listWords(child.languages)}`,
    );
  }
  if (child.faith.trim() !== '') {
    parts.push(
      isSameWords(household.faith, child.faith)
        ? `shares ${child.firstName}’s faith (${child.faith})`
        : 'a different faith',
    );
  }
  if (child.ethnicity.trim() !== '') {
    parts.push(
      isSameWords(household.ethnicity, child.ethnicity)
        ? `the same ethnicity (${child.ethnicity})`
        : 'a different ethnicity',
    );
  }
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function assessContinuity(
  child: ChildProfile,
  household: HouseholdProfile,
  say: boolean,
): Assessment {
  if (household.hasCaredForChild) {
    return { value: 1, sentence: say ? `Has cared for ${child.firstName} before` : '' };
  }
  if (!say) return { value: 0, sentence: '' };
  return {
    value: 0,
    sentence: child.isKnownChild
      ? `Has not cared for ${child.firstName} before`
      : `${child.firstName} has not lived with one of our households before`,
  };
}

/** One factor's value for a household, with its sentence when say is true. */
export function assess(
  factor: FactorKey,
  child: ChildProfile,
  household: HouseholdProfile,
  say: boolean,
): Assessment {
  switch (factor) {
    case 'needs':
      return assessNeeds(child, household, say);
    case 'attachment':
      return assessAttachment(child, household, say);
    case 'school_distance':
      return assessDistance(child.school, say ? schoolWords(child) : null, household);
    case 'family_time_distance':
      return assessDistance(child.familyTime, say ? FAMILY_TIME_WORDS : null, household);
    case 'culture':
      return assessCulture(child, household, say);
    case 'composition':
      return assessComposition(child, household, say);
    case 'continuity':
      return assessContinuity(child, household, say);
  }
}
