// How the people and words of shared decisions are put to each reader: authors through the
// partnership's naming rule (first names of carers to a parent while the home is confidential),
// and "who decides" in that reader's words.
import type { DecidedBy } from '../../core/db/tables.ts';
import { findSpaceMembers, nameAsSeenBy, type SpaceMembers } from '../partnership/members.ts';
import type { PartnershipScene } from '../partnership/space.ts';
import type { Deciders } from './rules.ts';
import * as store from './store.ts';
import type { Person } from './store.ts';

/** The space's members and the names "who decides" lines use, as this reader may see them. */
export async function findDeciders(
  scene: PartnershipScene,
): Promise<{ members: SpaceMembers; deciders: Deciders }> {
  const { tx, child, home, party } = scene;
  const members = await findSpaceMembers(tx.db, child.id, home);
  const carers = home ? await store.findCarersOfHome(tx.db, home.householdId) : [];
  return {
    members,
    deciders: {
      childName: child.knownAs,
      carerNames: carers.map((carer) => nameAsSeenBy(party, carer, home?.isConfidential ?? false)),
      workerFirstName: members.worker ? firstNameOf(members.worker.name) : null,
      childSocialWorkerName: members.childSocialWorkerName,
    },
  };
}

/** A person on a request as this reader sees them: "You", or their name and what they are. */
export function nameForReader(scene: PartnershipScene, person: Person): string {
  if (person.id === scene.actor.userId) return 'You';
  return nameAsSeenBy(scene.party, person, scene.home?.isConfidential ?? false);
}

/** Who the parents' views came from: a parent in their own words, or a worker who heard them. */
export function viewsAttribution(scene: PartnershipScene, viewsBy: Person): string {
  if (viewsBy.role === 'birth_parent') return `From ${lowerYou(nameForReader(scene, viewsBy))}`;
  const worker = viewsBy.id === scene.actor.userId ? 'you' : viewsBy.name;
  return `As told to ${worker}`;
}

/** Decided-by codes as a map by topic, for the "who decides what" list. */
export function authorityByTopic(
  rows: ReadonlyArray<{ topic: string; decidedBy: DecidedBy; notes: string }>,
): Map<string, { decidedBy: DecidedBy; notes: string }> {
  return new Map(rows.map((row) => [row.topic, { decidedBy: row.decidedBy, notes: row.notes }]));
}

function firstNameOf(name: string): string {
  return name.split(' ')[0] ?? name;
}

function lowerYou(name: string): string {
  return name === 'You' ? 'you' : name;
}
