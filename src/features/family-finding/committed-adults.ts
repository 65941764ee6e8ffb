// Committed adults: people who have promised to stay in a young person's life.
import { isCommittedAdult, type CommitmentFacts } from '../belonging/visibility.ts';

/** How many committed adults a young person has on a day: see isCommittedAdult for who counts. */
export function countCommittedAdults(
  connections: readonly CommitmentFacts[],
  onDate: string,
): number {
  return connections.filter((person) => isCommittedAdult(person, onDate)).length;
}
