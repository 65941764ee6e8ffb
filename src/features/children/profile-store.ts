// SQL for a child's record in full: the profile, the photo, and the lists its form chooses from.
// Callers authorise first; reads of a child go through the actor's scope.
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { areas, children, localAuthorities } from '../../core/db/tables.ts';
import type { TChildProfile } from './profile-schemas.ts';

/** A child's whole profile, if the actor's scope includes the child. */
export async function findChildProfile(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      preferredName: children.preferredName,
      dateOfBirth: children.dateOfBirth,
      gender: children.gender,
      ethnicity: children.ethnicity,
      faith: children.faith,
      languages: children.languages,
      cultureNotes: children.cultureNotes,
      legalStatus: children.legalStatus,
      placingAuthority: children.placingAuthority,
      socialWorkerName: children.socialWorkerName,
      socialWorkerEmail: children.socialWorkerEmail,
      socialWorkerPhone: children.socialWorkerPhone,
      schoolName: children.schoolName,
      schoolAreaId: children.schoolAreaId,
      schoolAreaName: areas.name,
      schoolLatitude: children.schoolLatitude,
      schoolLongitude: children.schoolLongitude,
      healthNotes: children.healthNotes,
      needs: children.needs,
      needsNotes: children.needsNotes,
      attachmentNotes: children.attachmentNotes,
      photoFileId: children.photoFileId,
    })
    .from(children)
    .leftJoin(areas, eq(areas.id, children.schoolAreaId))
    .where(and(eq(children.id, id), scope(actor, 'children')));
  return row ?? null;
}

export type ChildProfileRow = NonNullable<Awaited<ReturnType<typeof findChildProfile>>>;

/** Adds a child's record; returns the new id. */
export async function insertChild(db: Db, profile: TChildProfile): Promise<string> {
  const [row] = await db.insert(children).values(profile).returning({ id: children.id });
  return row!.id;
}

/** Saves a child's profile. */
export async function updateChild(db: Db, id: string, profile: TChildProfile): Promise<void> {
  await db.update(children).set(profile).where(eq(children.id, id));
}

/** Points the child's record at a newly stored photo. */
export async function updatePhoto(db: Db, id: string, fileId: string): Promise<void> {
  await db.update(children).set({ photoFileId: fileId }).where(eq(children.id, id));
}

/** The agency's areas, by name, for choosing where a school is. */
export async function findAreas(db: Db) {
  return db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name));
}

/** The names of the local authorities the agency works with, for suggesting as the placing one. */
export async function findAuthorityNames(db: Db): Promise<string[]> {
  const rows = await db
    .select({ name: localAuthorities.name })
    .from(localAuthorities)
    .orderBy(asc(localAuthorities.name));
  return rows.map((row) => row.name);
}
