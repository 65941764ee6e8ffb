// Builders for this folder’s tests only: a carer in their own household, a course and a module.
import type { Db } from '../../../core/db/connect.ts';
import {
  addCarer,
  buildHousehold,
  buildUser,
  type TestUser,
} from '../../../../test/support/factories.ts';
import * as trainingStore from '../store.ts';
import * as store from './authoring-store.ts';

/** A carer with an account, alone in a new household (optionally supervised by a worker). */
export async function buildCarer(
  db: Db,
  name: string,
  supervisingWorkerId?: string,
): Promise<TestUser & { carerId: string; householdId: string }> {
  const user = await buildUser(db, { role: 'foster_carer', name });
  const householdId = await buildHousehold(db, supervisingWorkerId ? { supervisingWorkerId } : {});
  return { ...user, householdId, carerId: await addCarer(db, householdId, user) };
}

/** A course in the catalogue. */
export async function buildCourse(
  db: Db,
  title: string,
  deliveryMode: 'classroom' | 'e_learning' | 'both',
): Promise<string> {
  return trainingStore.insertCourse(db, {
    title,
    summary: `About ${title}.`,
    durationMinutes: 120,
    deliveryMode,
    audience: 'all_carers',
  });
}

/** A module with numbered pages and questions whose right answer is always the first option. */
export async function buildModule(
  db: Db,
  options: {
    title: string;
    pages?: string[];
    questionCount?: number;
    passMark?: number;
    courseId?: string | null;
    supplementsCourseId?: string | null;
    isPublished?: boolean;
  },
): Promise<string> {
  const moduleId = await store.insertModule(db, {
    title: options.title,
    summary: `What ${options.title} covers.`,
    courseId: options.courseId ?? null,
    supplementsCourseId: options.supplementsCourseId ?? null,
    passMark: options.passMark ?? 80,
    estimatedMinutes: 20,
    isPublished: options.isPublished ?? true,
  });
  const pages = options.pages ?? ['Page one text.'];
  for (const [index, body] of pages.entries()) {
    await store.appendPage(db, { moduleId, title: `Page ${index + 1} title`, body });
  }
  for (let index = 1; index <= (options.questionCount ?? 2); index += 1) {
    await store.appendQuestion(db, {
      moduleId,
      prompt: `Question ${index}?`,
      options: [`Right answer ${index}`, `Wrong answer ${index}`],
      correctOption: 0,
      explanation: `Because answer ${index} is right.`,
    });
  }
  return moduleId;
}
