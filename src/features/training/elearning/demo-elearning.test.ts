import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/database.ts';
import type { Database } from '../../../core/db/connect.ts';
import { renderMarkdown } from '../../news/markdown.ts';
import { DEMO_MODULES, seedDemoElearning } from './demo-elearning.ts';
import * as store from './store.ts';
import { ctxFor } from '../../../../test/support/factories.ts';
import { seedDemoTraining } from '../demo-training.ts';
import { findCourses } from '../store.ts';

let database: Database & { drop: () => Promise<void> };
const courses: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  // The real demo catalogue, so a course renamed there shows up here.
  await seedDemoTraining(ctxFor(database.db, null, new Date('2026-11-22T10:00:00Z')));
  for (const course of await findCourses(database.db)) courses[course.title] = course.id;
  await seedDemoElearning(database.db);
});
afterAll(() => database.drop());

describe('the demo agency’s e-learning', () => {
  it('publishes each module linked to its course, with 3 or 4 pages and 3 to 5 questions', async () => {
    const modules = await store.findModuleSummaries(database.db, { isPublishedOnly: true });
    expect(
      modules.map((module) => [
        module.title,
        module.courseTitle ?? module.supplementsTitle,
        module.pageCount,
        module.questionCount,
      ]),
    ).toEqual([
      ['Health and wellbeing at home', 'Health and wellbeing', 3, 4],
      ['Recording well: daily logs', 'Managing behaviour', 4, 4],
      ['Staying safe online with children', 'Safeguarding children', 3, 4],
      ['Understanding attachment: after the course', 'Attachment and therapeutic care', 4, 5],
    ]);
    const health = modules.find((module) => module.title === 'Health and wellbeing at home');
    expect(health?.courseId).toBe(courses['Health and wellbeing']);
    expect(modules.filter((module) => module.supplementsCourseId !== null)).toHaveLength(3);
  });

  it('gives every question a right answer among its options and an explanation', () => {
    for (const module of DEMO_MODULES) {
      for (const question of module.questions) {
        expect(question.options[question.correct], question.prompt).toBeDefined();
        expect(new Set(question.options).size).toBe(question.options.length);
        expect(question.explanation.length).toBeGreaterThan(20);
      }
    }
  });

  it('writes pages that survive the Markdown sanitiser whole', () => {
    for (const page of DEMO_MODULES.flatMap((module) => module.pages)) {
      const html = renderMarkdown(page.body);
      expect(html).toMatch(/^<p>/);
      expect(html).not.toContain('**');
    }
  });
});
