// Rules about a child's record that need today's date. Pure: today is passed in.
import { ageOn } from '../../core/time/dates.ts';

/** The oldest a child may be when their record is made here (care leavers' records exist already). */
export const OLDEST_NEW_CHILD = 17;

/**
 * What is wrong with a date of birth, or null: never in the future, and a new record (or a changed
 * date of birth) is for someone aged 0 to 17 on the day.
 */
export function dateOfBirthProblem(
  dateOfBirth: string,
  today: string,
  isNewOrChanged: boolean,
): string | null {
  if (dateOfBirth > today) return 'The date of birth must be today or in the past';
  if (isNewOrChanged && ageOn(dateOfBirth, today) > OLDEST_NEW_CHILD) {
    return `A child’s record is for someone aged 0 to ${OLDEST_NEW_CHILD} today: check the date of birth`;
  }
  return null;
}
