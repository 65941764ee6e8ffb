// The demo agency's e-learning: four published modules, three following on from classroom
// courses and one that completes a course which may be done online. Run after the course
// catalogue is loaded; a course missing from the catalogue leaves its module standing alone.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/db/connect.ts';
import { trainingCourses } from '../../../core/db/tables.ts';
import { ATTACHMENT_AFTER_THE_COURSE } from './demo-content/attachment.ts';
import { HEALTH_AT_HOME } from './demo-content/health.ts';
import { STAYING_SAFE_ONLINE } from './demo-content/online-safety.ts';
import { RECORDING_WELL } from './demo-content/recording-well.ts';
import type { DemoModule } from './demo-content/types.ts';
import * as store from './authoring-store.ts';

/** The demo modules, in the order they are loaded. */
export const DEMO_MODULES: readonly DemoModule[] = [
  RECORDING_WELL,
  ATTACHMENT_AFTER_THE_COURSE,
  STAYING_SAFE_ONLINE,
  HEALTH_AT_HOME,
];

/** Loads the demo e-learning modules with their pages and questions; run once. */
export async function seedDemoElearning(db: Db): Promise<void> {
  for (const demo of DEMO_MODULES) {
    const courseId = demo.course ? await courseIdOf(db, demo.course.title) : null;
    const moduleId = await store.insertModule(db, {
      title: demo.title,
      summary: demo.summary,
      courseId: demo.course?.role === 'completes' ? courseId : null,
      supplementsCourseId: demo.course?.role === 'supplements' ? courseId : null,
      passMark: demo.passMark,
      estimatedMinutes: demo.estimatedMinutes,
      isPublished: true,
    });
    for (const page of demo.pages) await store.appendPage(db, { moduleId, ...page });
    for (const question of demo.questions) {
      await store.appendQuestion(db, {
        moduleId,
        prompt: question.prompt,
        options: question.options,
        correctOption: question.correct,
        explanation: question.explanation,
      });
    }
  }
}

async function courseIdOf(db: Db, title: string): Promise<string | null> {
  const [row] = await db
    .select({ id: trainingCourses.id })
    .from(trainingCourses)
    .where(eq(trainingCourses.title, title));
  return row?.id ?? null;
}
