import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPass, markAnswers, moduleStatus, nextStep } from './progress-rules.ts';
import { readAnswers, splitOptions } from './schemas.ts';

const done = new Date('2026-11-22T10:00:00Z');

describe('where a carer is in a module', () => {
  it.each([
    ['has no progress yet', undefined, 'not_started'],
    ['opened it but read nothing', { pagesRead: 0, attempts: 0, completedAt: null }, 'not_started'],
    ['read 2 of 4 pages', { pagesRead: 2, attempts: 0, completedAt: null }, 'reading'],
    ['read every page', { pagesRead: 4, attempts: 0, completedAt: null }, 'check'],
    ['failed the check once', { pagesRead: 4, attempts: 1, completedAt: null }, 'check'],
    ['passed', { pagesRead: 4, attempts: 2, completedAt: done }, 'completed'],
  ] as const)('a carer who %s', (_story, progress, status) => {
    expect(moduleStatus(progress, 4)).toBe(status);
  });

  it('carries on from the first page not yet read, then the check', () => {
    expect(nextStep(0, 4)).toBe(1);
    expect(nextStep(2, 4)).toBe(3);
    expect(nextStep(4, 4)).toBe('check');
    // A page taken away after it was read leaves the carer at the check, not past the end.
    expect(nextStep(5, 4)).toBe('check');
  });
});

describe('marking a knowledge check', () => {
  const questions = [
    { id: 'a', options: ['yes', 'no'], correctOption: 0 },
    { id: 'b', options: ['yes', 'no', 'maybe'], correctOption: 2 },
    { id: 'c', options: ['yes', 'no'], correctOption: 1 },
  ];

  it('scores the share answered correctly, rounded to a whole percentage', () => {
    expect(markAnswers(questions, { a: 0, b: 2, c: 1 }).score).toBe(100);
    expect(markAnswers(questions, { a: 0, b: 2, c: 0 }).score).toBe(67);
    expect(markAnswers(questions, { a: 1, b: 0, c: 0 }).score).toBe(0);
    expect(markAnswers(questions, { a: 0 }).marks.map((mark) => mark.isCorrect)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('passes at the pass mark and not below it', () => {
    expect(isPass(80, 80)).toBe(true);
    expect(isPass(79, 80)).toBe(false);
  });

  it('always scores from 0 to 100, and 100 only when every answer is right', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 2, max: 6 }), fc.nat(5), fc.nat(5)), {
          minLength: 1,
          maxLength: 20,
        }),
        (specs) => {
          const built = specs.map(([count, correct, chosen], index) => ({
            question: {
              id: `q${index}`,
              options: Array.from({ length: count }, (_, option) => `option ${option}`),
              correctOption: correct % count,
            },
            chosen: chosen % count,
          }));
          const answers = Object.fromEntries(built.map((each) => [each.question.id, each.chosen]));
          const { score } = markAnswers(
            built.map((each) => each.question),
            answers,
          );
          const isAllRight = built.every((each) => each.chosen === each.question.correctOption);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          expect(score === 100).toBe(isAllRight);
        },
      ),
    );
  });
});

describe('reading the answers sent', () => {
  const questions = [
    { id: 'a', position: 1, prompt: 'First?', options: ['yes', 'no'] },
    { id: 'b', position: 2, prompt: 'Second?', options: ['yes', 'no'] },
  ];

  it('names every question left out or answered with something that is not an option', () => {
    expect(readAnswers(questions, { 'question-1': '1', 'question-2': '7' })).toEqual({
      answers: { a: 1 },
      errors: { 'question-2': 'Choose an answer to question 2: Second?' },
    });
    expect(Object.keys(readAnswers(questions, { 'question-1': 'yes' }).errors)).toEqual([
      'question-1',
      'question-2',
    ]);
  });

  it('takes the options one to a line, ignoring blank lines and spaces', () => {
    expect(splitOptions('  Nobody \r\n\r\nYour social worker\n')).toEqual([
      'Nobody',
      'Your social worker',
    ]);
  });
});
