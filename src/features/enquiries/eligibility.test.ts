import { describe, expect, it } from 'vitest';
import { adviseOnEligibility, type EligibilityAnswers } from './eligibility.ts';

const ready: EligibilityAnswers = {
  age: 'yes',
  bedroom: 'yes',
  residency: 'yes',
  health: 'yes',
  household: 'alone',
};

const noteOn = (answers: EligibilityAnswers, question: keyof EligibilityAnswers) =>
  adviseOnEligibility(answers).advice.find((note) => note.question === question)!;

describe('the quick check’s advice', () => {
  it('tells someone with everything in place that it looks like they could foster, and that an assessment follows', () => {
    const outcome = adviseOnEligibility(ready);
    expect(outcome.tone).toBe('fine');
    expect(outcome.headline).toBe('It looks like you could foster');
    expect(outcome.summary).toContain('full assessment');
  });

  it('says there is no upper age limit, and that under-21s cannot foster yet', () => {
    expect(noteOn(ready, 'age').text).toContain('no upper age limit');
    const young = adviseOnEligibility({ ...ready, age: 'no' });
    expect(young.tone).toBe('not_yet');
    expect(young.headline).toBe('You may not be able to foster just yet');
    expect(noteOn({ ...ready, age: 'no' }, 'age').text).toContain('21 or over');
  });

  it('explains why each child needs a spare bedroom, and lets someone who will soon have one start talking', () => {
    const none = noteOn({ ...ready, bedroom: 'no' }, 'bedroom');
    expect(none.tone).toBe('not_yet');
    expect(none.text).toContain('a spare bedroom of their own');
    expect(none.text).toContain('safe space');
    const soon = adviseOnEligibility({ ...ready, bedroom: 'soon' });
    expect(soon.tone).toBe('talk');
    expect(soon.headline).toBe('You might be able to foster: let us talk');
  });

  it('does not ask for British citizenship, only the right to live here long term', () => {
    expect(noteOn(ready, 'residency').text).toContain('do not need to be a British citizen');
    expect(noteOn({ ...ready, residency: 'no' }, 'residency').tone).toBe('not_yet');
    expect(noteOn({ ...ready, residency: 'not_sure' }, 'residency').tone).toBe('talk');
  });

  it('never rules anyone out for a health condition or disability alone', () => {
    for (const health of ['not_sure', 'no'] as const) {
      const note = noteOn({ ...ready, health }, 'health');
      expect(note.tone).toBe('talk');
      expect(note.text).toContain('does not rule you out');
    }
  });

  it('welcomes single people, and asks that everyone at home is on board', () => {
    expect(noteOn(ready, 'household').text).toContain('Single people foster');
    expect(noteOn({ ...ready, household: 'all_agree' }, 'household').text).toContain('DBS');
    expect(noteOn({ ...ready, household: 'not_all_agree' }, 'household').tone).toBe('talk');
  });

  it('tells everyone that renters, single people and LGBTQ+ people can foster', () => {
    const reassurance = adviseOnEligibility({ ...ready, age: 'no' }).reassurance.join(' ');
    expect(reassurance).toContain('rent');
    expect(reassurance).toContain('single');
    expect(reassurance).toContain('LGBTQ+');
  });
});
