import { describe, expect, it } from 'vitest';
import { buildFunnel, type FunnelChange, type FunnelProspect } from './funnel.ts';
import type { RecruitmentStage } from './stages.ts';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

// Four people enquired on 1 January. Ada went all the way to approval; Ben had a first
// conversation 2 days later and a home visit after 4 more, then withdrew; Cai is still an enquiry;
// Dee's conversation came after 4 days and she is waiting for a home visit.
const prospects: FunnelProspect[] = [
  { id: 'ada', stage: 'approved', source: 'enquiry_form', enquiredAt: day(0) },
  { id: 'ben', stage: 'withdrawn', source: 'enquiry_form', enquiredAt: day(0) },
  { id: 'cai', stage: 'enquiry', source: 'phone', enquiredAt: day(0) },
  { id: 'dee', stage: 'initial_conversation', source: 'information_event', enquiredAt: day(0) },
];

const path: RecruitmentStage[] = [
  'enquiry',
  'initial_conversation',
  'home_visit',
  'application',
  'stage_one',
  'stage_two',
  'panel',
  'agency_decision',
];
const changes: FunnelChange[] = [
  ...path.map((fromStage, index) => ({
    prospectId: 'ada',
    fromStage,
    changedAt: day((index + 1) * 10),
  })),
  { prospectId: 'ben', fromStage: 'enquiry', changedAt: day(2) },
  { prospectId: 'ben', fromStage: 'initial_conversation', changedAt: day(6) },
  { prospectId: 'ben', fromStage: 'home_visit', changedAt: day(9) },
  { prospectId: 'dee', fromStage: 'enquiry', changedAt: day(4) },
];

describe('the recruitment funnel', () => {
  const funnel = buildFunnel(prospects, changes);
  const stage = (name: RecruitmentStage) => funnel.stages.find((row) => row.stage === name)!;

  it('counts who reached each stage, counting those who withdrew as far as they got', () => {
    expect(funnel.stages.map((row) => [row.stage, row.reached])).toEqual([
      ['enquiry', 4],
      ['initial_conversation', 3],
      ['home_visit', 2],
      ['application', 1],
      ['stage_one', 1],
      ['stage_two', 1],
      ['panel', 1],
      ['agency_decision', 1],
      ['approved', 1],
    ]);
    expect(funnel.withdrawn).toBe(1);
    expect(funnel.notApproved).toBe(0);
  });

  it('gives the share who went on from each stage to the next', () => {
    expect(stage('enquiry').conversionToNext).toBe(3 / 4);
    expect(stage('home_visit').conversionToNext).toBe(1 / 2);
    expect(stage('approved').conversionToNext).toBeNull();
  });

  it('averages the days spent in a stage by those who have left it', () => {
    // Ada 10 days, Ben 2, Dee 4 as enquiries; Cai is still one and does not count yet.
    expect(stage('enquiry').averageDays).toBeCloseTo(16 / 3);
    // Ada 10 days, Ben 4 in initial conversation.
    expect(stage('initial_conversation').averageDays).toBe(7);
    expect(stage('approved').averageDays).toBeNull();
  });

  it('says how many are at each stage now', () => {
    expect(stage('enquiry').now).toBe(1);
    expect(stage('initial_conversation').now).toBe(1);
    expect(stage('approved').now).toBe(1);
  });

  it('compares the ways in: enquiries, approvals and the share approved', () => {
    const form = funnel.sources.find((row) => row.source === 'enquiry_form')!;
    expect(form).toEqual({
      source: 'enquiry_form',
      enquiries: 2,
      approved: 1,
      stillOpen: 0,
      stopped: 1,
      approvalRate: 0.5,
    });
    expect(funnel.sources.find((row) => row.source === 'word_of_mouth')!.approvalRate).toBeNull();
  });

  it('is empty, not broken, when nobody enquired', () => {
    const empty = buildFunnel([], []);
    expect(empty.total).toBe(0);
    expect(empty.stages.every((row) => row.reached === 0 && row.conversionToNext === null)).toBe(
      true,
    );
  });
});
