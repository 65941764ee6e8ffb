import Holidays from 'date-holidays';
import type { HolidayCalendar } from '../time/working-days.ts';

/**
 * England's rules with numbers, each with where it comes from, so every deadline in Kinfold can
 * say why it is due. Numbers live here and nowhere else; a feature that needs a new rule adds a
 * section (placement plans, reviews of approval, looked-after reviews...) beside `recruitment`.
 */

/** Where a rule comes from: a short name for tags, and the full reference for "why is this due". */
export type RuleSource = {
  /** Short, for a line of a list: "NMS 14.4", "agency practice". */
  source: string;
  /** The document and part it comes from, in full. */
  citation: string;
};

export type Jurisdiction = {
  id: string;
  name: string;
  /** The days that are not working days besides weekends. */
  holidays: HolidayCalendar;
  recruitment: {
    /** Reply to someone who enquires about fostering. */
    enquiryReply: RuleSource & { workingDays: number };
    /** Visit the home after the first conversation. */
    homeVisit: RuleSource & { workingDaysAfterInitialConversation: number };
    /** From the formal application to the fostering panel. */
    panel: RuleSource & { monthsAfterApplication: number };
    /** From the panel's recommendation to the agency decision maker's decision. */
    decision: RuleSource & { workingDaysAfterPanel: number };
    /** Telling the applicant the decision. */
    tellApplicant: RuleSource & {
      orallyWithinWorkingDays: number;
      inWritingWithinWorkingDays: number;
    };
  };
  training: {
    /** New carers evidence the Training, Support and Development Standards after approval. */
    tsds: RuleSource & { monthsAfterApproval: number; kinshipMonthsAfterApproval: number };
    /** A mandatory course not yet done counts as due soon this many days before its date. */
    dueSoon: RuleSource & { days: number };
    /** Cancelling closer than this to the start leaves the place empty: a catch-up is offered. */
    lateCancellation: RuleSource & { hoursBefore: number };
    /** Reminders before a booked session. */
    reminders: RuleSource & { daysBefore: number[] };
  };
  placements: {
    /** The placement plan, with delegated authority, agreed before or soon after the child arrives. */
    placementPlan: RuleSource & { workingDaysAfterStart: number };
    /** Children with this many placements or more in the last 12 months count as unstable. */
    manyMoves: RuleSource & { placements: number; months: number };
    /** Long-term stability: children under this age, in care this long, in one home this long. */
    longTermStability: RuleSource & {
      underAge: number;
      monthsInCare: number;
      monthsInSamePlacement: number;
    };
  };
  belonging: {
    /** Looked-after child reviews: the first after the child became looked after, the second
     * after the first, then every later one after the one before. */
    lookedAfterReviews: RuleSource & {
      firstWithinWorkingDays: number;
      secondWithinMonths: number;
      thenEveryMonths: number;
    };
    /** Permanency is talked through with the young person over time: a gap this long is drift. */
    conversationGap: RuleSource & { months: number };
    /** The permanence plan is expected by the second review; agencies set their own target. */
    decisionTarget: RuleSource;
    /** Young people this old or older are flagged when they have fewer committed adults than the
     * agency's target, as leaving care comes close. */
    committedAdultsFromAge: RuleSource & { age: number };
  };
  partnership: {
    /** The introductory meeting between the child's parents and carers, after the child arrives. */
    introMeeting: RuleSource & { withinWorkingDays: number };
    /** The first phone call between carer and parent, so the parent hears their child is safe. */
    comfortCall: RuleSource & { withinDays: number };
    /** After a child goes home: how long the family is supported, and how often someone checks in. */
    supportAfterReturn: RuleSource & { months: number; checkInEveryWeeks: number };
  };
};

const AGENCY_PRACTICE = 'agency practice';

// England and Wales share their bank holidays; the library knows the fixed ones, Easter, the
// substitute days and the one-off days proclaimed so far (a jubilee, a coronation).
const englandAndWales = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const holidaysByYear = new Map<number, Set<string>>();

function holidaysIn(year: number): Set<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    dates = new Set(englandAndWales.getHolidays(year).map((holiday) => holiday.date.slice(0, 10)));
    holidaysByYear.set(year, dates);
  }
  return dates;
}

/** England and Wales bank holidays. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: HolidayCalendar = {
  name: 'England and Wales bank holidays',
  isHoliday: (isoDate) => holidaysIn(Number(isoDate.slice(0, 4))).has(isoDate),
};

/** England: the Fostering Services (England) Regulations 2011 and the National Minimum Standards. */
export const ENGLAND: Jurisdiction = {
  id: 'england',
  name: 'England',
  holidays: ENGLAND_AND_WALES_BANK_HOLIDAYS,
  recruitment: {
    enquiryReply: {
      workingDays: 1,
      source: AGENCY_PRACTICE,
      citation: 'Agency practice: every enquiry about fostering is answered within 1 working day',
    },
    homeVisit: {
      workingDaysAfterInitialConversation: 5,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: the initial home visit takes place within 5 working days of the first conversation',
    },
    panel: {
      monthsAfterApplication: 8,
      source: 'NMS 14.4',
      citation:
        'National Minimum Standards for fostering services (2011), standard 14.4: the assessment is completed and goes to panel within 8 months of the formal application',
    },
    decision: {
      workingDaysAfterPanel: 7,
      source: 'reg 27',
      citation:
        'Fostering Services (England) Regulations 2011, regulation 27: the agency decision maker decides within 7 working days of the panel’s recommendation',
    },
    tellApplicant: {
      orallyWithinWorkingDays: 2,
      inWritingWithinWorkingDays: 5,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: the applicant is told the decision within 2 working days, and in writing within 5',
    },
  },
  training: {
    tsds: {
      monthsAfterApproval: 12,
      kinshipMonthsAfterApproval: 18,
      source: 'NMS 20.3',
      citation:
        'National Minimum Standards for fostering services (2011), standard 20.3: foster carers evidence the Training, Support and Development Standards within 12 months of approval; family and friends foster carers within 18 months',
    },
    dueSoon: {
      days: 90,
      source: AGENCY_PRACTICE,
      citation: 'Agency practice: a course falls due soon 90 days before it must be done',
    },
    lateCancellation: {
      hoursBefore: 48,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: a place cancelled less than 48 hours before the session cannot be filled, so the carer is offered a catch-up',
    },
    reminders: {
      daysBefore: [7, 1],
      source: AGENCY_PRACTICE,
      citation: 'Agency practice: carers are reminded of a booked session a week and a day before',
    },
  },
  placements: {
    placementPlan: {
      workingDaysAfterStart: 5,
      source: 'CPPCR reg 9',
      citation:
        'Care Planning, Placement and Case Review (England) Regulations 2010, regulation 9: the placement plan, including delegated authority, is agreed before the placement or, where that is not practicable, within 5 working days of its start',
    },
    manyMoves: {
      placements: 3,
      months: 12,
      source: 'DfE stability measure',
      citation:
        'Department for Education, children looked after in England: the share of children with 3 or more placements during the year',
    },
    longTermStability: {
      underAge: 16,
      monthsInCare: 30,
      monthsInSamePlacement: 24,
      source: 'DfE stability measure',
      citation:
        'Department for Education, children looked after in England: of children under 16 looked after for 2.5 years or more, the share who have lived in the same placement for 2 years or more',
    },
  },
  belonging: {
    lookedAfterReviews: {
      firstWithinWorkingDays: 20,
      secondWithinMonths: 3,
      thenEveryMonths: 6,
      source: 'CPPCR reg 33',
      citation:
        'Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33: the first review within 20 working days of the child becoming looked after, the second within 3 months of the first, and later reviews at intervals of no more than 6 months',
    },
    conversationGap: {
      months: 3,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: permanency is talked through with the young person over time, at least once every 3 months, so their views are heard before each review',
    },
    decisionTarget: {
      source: 'Care planning guidance',
      citation:
        'The Children Act 1989 guidance and regulations, volume 2 (care planning, placement and case review): the permanence plan is expected by the second looked-after review, 4 months after the child becomes looked after; the agency sets its own target in its settings',
    },
    committedAdultsFromAge: {
      age: 15,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: from 15, as leaving care comes into view, every young person should have the number of committed adults the agency sets as its target',
    },
  },
  partnership: {
    introMeeting: {
      withinWorkingDays: 5,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice, following birth and foster parent partnership guidance: parents and carers meet within the first days of a placement, with a worker, to share the child’s routines and comforts; the agency allows 5 working days',
    },
    comfortCall: {
      withinDays: 2,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: a carer speaks with the child’s parent by phone within 2 days of the child arriving, so the parent hears how their child is and the child hears that the adults are talking',
    },
    supportAfterReturn: {
      months: 6,
      checkInEveryWeeks: 4,
      source: AGENCY_PRACTICE,
      citation:
        'Agency practice: most children who come back into care do so in the first months after going home, so the family is supported for 6 months after a return, with a check-in at least every 4 weeks',
    },
  },
};
