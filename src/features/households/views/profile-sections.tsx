import { SummaryList } from '../../../core/ui/components/content.tsx';
import { careTypeLabel, needLabel, skillLabel } from '../../children/index.ts';
import type { HouseholdRecord } from '../service.ts';
import { joinWords } from './words.ts';

const orNone = (text: string, none: string) => (text.trim() === '' ? none : text);

/** The terms of approval in full: how many, what ages, which kinds of care, the rooms. */
export function TermsSection({ household }: { household: HouseholdRecord }) {
  return (
    <section aria-labelledby="terms">
      <h2 id="terms">Terms of approval</h2>
      <SummaryList
        rows={[
          {
            label: 'Children',
            value:
              household.maxChildren === null ? 'Not set yet' : `Up to ${household.maxChildren}`,
          },
          {
            label: 'Ages',
            value:
              household.ageFrom === null || household.ageTo === null
                ? 'Not set yet'
                : `${household.ageFrom} to ${household.ageTo}`,
          },
          {
            label: 'Largest group of brothers and sisters',
            value: String(household.siblingGroupMax),
          },
          {
            label: 'Kinds of care',
            value:
              household.careTypes.length === 0
                ? 'Not set yet'
                : joinWords(household.careTypes.map(careTypeLabel)),
          },
          {
            label: 'Bedrooms',
            value: household.bedrooms === null ? 'Not recorded' : String(household.bedrooms),
          },
        ]}
      />
    </section>
  );
}

/** What the carers can do: the matching skills, and their experience in their own words. */
export function SkillsSection({ household }: { household: HouseholdRecord }) {
  return (
    <section aria-labelledby="skills">
      <h2 id="skills">Skills and experience</h2>
      {household.skills.length === 0 ? (
        <p class="empty">No skills are recorded yet.</p>
      ) : (
        <ul>
          {household.skills.map((code) => (
            <li key={code}>{skillLabel(code)}</li>
          ))}
        </ul>
      )}
      {household.experienceNotes ? <p class="preserve-lines">{household.experienceNotes}</p> : null}
    </section>
  );
}

/** Needs the household must never be matched with; the service sends them to staff only. */
export function ExcludedNeedsSection({ household }: { household: HouseholdRecord }) {
  if (!household.abilities.canEdit) return null;
  return (
    <section aria-labelledby="excluded-needs">
      <h2 id="excluded-needs">Not to be matched with (safeguarding)</h2>
      <p class="muted">Staff only: carers do not see this.</p>
      {household.excludedNeeds.length === 0 ? (
        <p class="empty">No needs are excluded.</p>
      ) : (
        <ul>
          {household.excludedNeeds.map((code) => (
            <li key={code}>{needLabel(code)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Everyday family life: languages, faith, culture, pets, smoking and getting about. */
export function FamilyLifeSection({ household }: { household: HouseholdRecord }) {
  return (
    <section aria-labelledby="family-life">
      <h2 id="family-life">Family life</h2>
      <SummaryList
        rows={[
          {
            label: 'Languages',
            value:
              household.languages.length === 0 ? 'Not recorded' : joinWords(household.languages),
          },
          { label: 'Faith', value: orNone(household.faith, 'Not recorded') },
          { label: 'Ethnicity', value: orNone(household.ethnicity, 'Not recorded') },
          { label: 'Culture', value: orNone(household.cultureNotes, 'Not recorded') },
          { label: 'Pets', value: orNone(household.pets, 'None') },
          {
            label: 'Smoking',
            value: household.isSmoking ? 'Someone in the household smokes' : 'No one smokes',
          },
          { label: 'Transport', value: household.hasCar ? 'Has a car' : 'No car' },
        ]}
      />
    </section>
  );
}
