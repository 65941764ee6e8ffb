import { describe, expect, it } from 'vitest';
import { questionEmail } from './notify.ts';
import { countNewAnswers, howLongAgo, isWaitingForAnswer, orderForReaders } from './rules.ts';
import { ZAnswerInput, ZVoiceInput } from './schemas.ts';

const at = (iso: string) => new Date(iso);

describe('what waits for an answer, and in what order adults read it', () => {
  const entries = [
    {
      id: 'told',
      kind: 'want_to_know' as const,
      answeredAt: null,
      createdAt: at('2026-03-09T10:00:00Z'),
    },
    {
      id: 'new-q',
      kind: 'question' as const,
      answeredAt: null,
      createdAt: at('2026-03-08T10:00:00Z'),
    },
    {
      id: 'old-q',
      kind: 'question' as const,
      answeredAt: null,
      createdAt: at('2026-02-01T10:00:00Z'),
    },
    {
      id: 'done',
      kind: 'question' as const,
      answeredAt: at('2026-03-05T10:00:00Z'),
      createdAt: at('2026-03-04T10:00:00Z'),
    },
  ];

  it('puts questions still waiting first, the longest waiting at the top, then the rest newest first', () => {
    const { waiting, others } = orderForReaders(entries);
    expect(waiting.map((entry) => entry.id)).toEqual(['old-q', 'new-q']);
    expect(others.map((entry) => entry.id)).toEqual(['told', 'done']);
  });

  it('never counts something to know as waiting', () => {
    expect(isWaitingForAnswer({ kind: 'want_to_know', answeredAt: null })).toBe(false);
    expect(isWaitingForAnswer({ kind: 'question', answeredAt: null })).toBe(true);
  });

  it('counts answers given since the young person last looked, or every answer if never', () => {
    expect(countNewAnswers(entries, null)).toBe(1);
    expect(countNewAnswers(entries, at('2026-03-04T12:00:00Z'))).toBe(1);
    expect(countNewAnswers(entries, at('2026-03-05T10:00:00Z'))).toBe(0);
  });
});

describe('how long ago', () => {
  it.each([
    ['2026-03-10', 'today'],
    ['2026-03-09', 'yesterday'],
    ['2026-03-05', '5 days ago'],
    ['2026-02-25', '13 days ago'],
    ['2026-02-24', '2 weeks ago'],
    ['2026-01-10', '8 weeks ago'],
    ['2026-01-08', '2 months ago'],
    ['2025-09-10', '6 months ago'],
  ])('says %s was %s on 10 March 2026', (onDate, words) => {
    expect(howLongAgo(onDate, '2026-03-10')).toBe(words);
  });
});

describe('the forms', () => {
  it('reads a message with its kind and whether carers see it', () => {
    expect(
      ZVoiceInput.parse({ kind: 'question', body: '  Why? ', isSharedWithCarers: 'yes' }),
    ).toEqual({
      kind: 'question',
      body: 'Why?',
      isSharedWithCarers: true,
    });
    expect(ZVoiceInput.parse({ kind: 'want_to_know', body: 'x' }).isSharedWithCarers).toBe(false);
  });

  it('takes 2,000 characters and no more', () => {
    expect(ZVoiceInput.safeParse({ kind: 'question', body: 'a'.repeat(2000) }).success).toBe(true);
    expect(ZVoiceInput.safeParse({ kind: 'question', body: 'a'.repeat(2001) }).success).toBe(false);
    expect(ZAnswerInput.safeParse({ answer: 'a'.repeat(2001) }).success).toBe(false);
    expect(ZAnswerInput.safeParse({ answer: ' ' }).success).toBe(false);
  });
});

describe('the email to the worker', () => {
  it('greets the worker by first name and says nothing of who asked or what', () => {
    const mail = questionEmail({
      to: { name: 'Hannah Kowalski', email: 'hannah@example.org' },
      pageUrl: 'https://kinfold.example/children/abc/voice',
    });
    expect(mail.to).toBe('hannah@example.org');
    expect(mail.subject).toBe('A young person you support has asked a question in Kinfold');
    expect(mail.text).toContain('Hello Hannah,');
    expect(mail.text).toContain('https://kinfold.example/children/abc/voice');
  });
});
