import { SummaryList } from '../../../core/ui/components/content.tsx';
import type { VisibleHousehold } from '../visible.ts';

/** A household's name linked to its record, or "Another household" when the reader may not read it. */
export function HouseholdName({ household }: { household: VisibleHousehold }) {
  return household ? (
    <a href={`/households/${household.id}`}>{household.name}</a>
  ) : (
    <>Another household</>
  );
}

/** The parts of a placement plan. */
export type PlanParts = {
  dailyRoutines: string;
  education: string;
  health: string;
  familyTime: string;
  otherArrangements: string;
};

/** Each part of the plan with its heading, in the order the form asks for them. */
export const PLAN_PART_LABELS: Array<{ name: keyof PlanParts; label: string; hint: string }> = [
  {
    name: 'dailyRoutines',
    label: 'Daily routines',
    hint: 'Mealtimes, bedtime, what helps in the morning, pocket money, chores.',
  },
  {
    name: 'education',
    label: 'Education',
    hint: 'School or nursery, how the child gets there, any support in class.',
  },
  {
    name: 'health',
    label: 'Health',
    hint: 'Doctor, dentist, medicines, allergies, health assessments due.',
  },
  {
    name: 'familyTime',
    label: 'Family time',
    hint: 'Who the child sees, how often, where, and who takes them.',
  },
  {
    name: 'otherArrangements',
    label: 'Other arrangements',
    hint: 'Faith, culture, hobbies, friends, anything else agreed.',
  },
];

/** The plan's parts that say something, each under its heading (the status line gives its date). */
export function PlanSummary(props: { plan: PlanParts }) {
  const rows = PLAN_PART_LABELS.filter((part) => props.plan[part.name] !== '').map((part) => ({
    label: part.label,
    value: <span class="preserve-lines">{props.plan[part.name]}</span>,
  }));
  return <SummaryList rows={rows} />;
}
