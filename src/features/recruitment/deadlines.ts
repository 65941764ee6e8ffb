// When each step of recruitment is due, and why: pure functions over civil dates, using the
// jurisdiction's rules and bank holidays, so every deadline a page shows can say what sets it.
import type { Jurisdiction } from '../../core/jurisdiction/england.ts';
import { addMonths, addWorkingDays } from '../../core/time/working-days.ts';
import { isOpenStage, type RecruitmentStage } from './stages.ts';

export type DeadlineKind = 'enquiry_reply' | 'home_visit' | 'panel' | 'decision' | 'next_action';

/** Something due on a date, with the rule that sets it and where the rule comes from. */
export type Deadline = {
  kind: DeadlineKind;
  /** What is to be done: "Reply to the enquiry". */
  task: string;
  /** The civil date it is due on (YYYY-MM-DD). */
  dueOn: string;
  /** The rule in words: "Reply within 1 working day of an enquiry". */
  rule: string;
  /** What the rule counts from, and when that was (none for a date someone chose). */
  countsFrom: { what: string; on: string } | null;
  /** Where the rule comes from, short ("NMS 14.4") and in full. */
  source: string;
  citation: string;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Reply to an enquiry: within the jurisdiction's working days of the day it came in. */
export function enquiryReplyDeadline(enquiredOn: string, jurisdiction: Jurisdiction): Deadline {
  const rule = jurisdiction.recruitment.enquiryReply;
  return {
    kind: 'enquiry_reply',
    task: 'Reply to the enquiry',
    dueOn: addWorkingDays(enquiredOn, rule.workingDays, jurisdiction.holidays),
    rule: `Reply within ${plural(rule.workingDays, 'working day')} of an enquiry`,
    countsFrom: { what: 'Enquired', on: enquiredOn },
    source: rule.source,
    citation: rule.citation,
  };
}

/** The initial home visit: within working days of the first conversation. */
export function homeVisitDeadline(conversationOn: string, jurisdiction: Jurisdiction): Deadline {
  const rule = jurisdiction.recruitment.homeVisit;
  const days = rule.workingDaysAfterInitialConversation;
  return {
    kind: 'home_visit',
    task: 'Visit their home',
    dueOn: addWorkingDays(conversationOn, days, jurisdiction.holidays),
    rule: `Visit within ${plural(days, 'working day')} of the initial conversation`,
    countsFrom: { what: 'Initial conversation', on: conversationOn },
    source: rule.source,
    citation: rule.citation,
  };
}

/** The fostering panel: within calendar months of the formal application. */
export function panelDeadline(appliedOn: string, jurisdiction: Jurisdiction): Deadline {
  const rule = jurisdiction.recruitment.panel;
  return {
    kind: 'panel',
    task: 'Take the assessment to panel',
    dueOn: addMonths(appliedOn, rule.monthsAfterApplication),
    rule: `Complete the assessment and go to panel within ${plural(rule.monthsAfterApplication, 'month')} of the application`,
    countsFrom: { what: 'Applied', on: appliedOn },
    source: rule.source,
    citation: rule.citation,
  };
}

/** The agency decision maker's decision: within working days of the panel. */
export function decisionDeadline(panelOn: string, jurisdiction: Jurisdiction): Deadline {
  const rule = jurisdiction.recruitment.decision;
  return {
    kind: 'decision',
    task: 'Make the agency decision',
    dueOn: addWorkingDays(panelOn, rule.workingDaysAfterPanel, jurisdiction.holidays),
    rule: `The agency decision maker decides within ${plural(rule.workingDaysAfterPanel, 'working day')} of the panel`,
    countsFrom: { what: 'Panel', on: panelOn },
    source: rule.source,
    citation: rule.citation,
  };
}

/** The next action someone set on the record, due on the date they chose. */
export function nextActionDeadline(task: string, dueOn: string): Deadline {
  return {
    kind: 'next_action',
    task: task || 'Next action',
    dueOn,
    rule: 'The date set for the next action on this record',
    countsFrom: null,
    source: 'your plan',
    citation: 'Set by the recruitment team on this record',
  };
}

/** What a record holds that its deadlines depend on. */
export type DeadlineFacts = {
  stage: RecruitmentStage;
  /** The civil date of the enquiry in the agency's time zone. */
  enquiredOn: string;
  /** The civil date the current stage began, in the agency's time zone. */
  stageStartedOn: string;
  appliedOn: string | null;
  panelOn: string | null;
  nextAction: string;
  nextActionOn: string | null;
};

/** The deadlines that apply to someone at their stage now, soonest first. */
export function deadlinesFor(facts: DeadlineFacts, jurisdiction: Jurisdiction): Deadline[] {
  if (!isOpenStage(facts.stage)) return [];
  const due: Deadline[] = [];
  switch (facts.stage) {
    case 'enquiry':
      due.push(enquiryReplyDeadline(facts.enquiredOn, jurisdiction));
      break;
    case 'initial_conversation':
      due.push(homeVisitDeadline(facts.stageStartedOn, jurisdiction));
      break;
    case 'application':
    case 'stage_one':
    case 'stage_two':
      if (facts.appliedOn) due.push(panelDeadline(facts.appliedOn, jurisdiction));
      break;
    case 'panel':
      if (facts.panelOn) due.push(decisionDeadline(facts.panelOn, jurisdiction));
      else if (facts.appliedOn) due.push(panelDeadline(facts.appliedOn, jurisdiction));
      break;
    case 'agency_decision':
      if (facts.panelOn) due.push(decisionDeadline(facts.panelOn, jurisdiction));
      break;
    default:
      break;
  }
  if (facts.nextActionOn) {
    due.push(nextActionDeadline(facts.nextAction, facts.nextActionOn));
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

export type DeadlineState = 'overdue' | 'due_today' | 'upcoming';

/** Whether a deadline has passed, is today, or is still to come. */
export function deadlineState(deadline: Pick<Deadline, 'dueOn'>, today: string): DeadlineState {
  if (deadline.dueOn < today) return 'overdue';
  return deadline.dueOn === today ? 'due_today' : 'upcoming';
}

/** True when any of the deadlines has passed. */
export function hasOverdue(deadlines: Deadline[], today: string): boolean {
  return deadlines.some((deadline) => deadlineState(deadline, today) === 'overdue');
}
