// The permanency planning of every demo child without a story of their own: conversations in words
// for their age, a decision once the agency's target has passed, and looked-after reviews on the
// regulation's rhythm. Each child's random source is seeded from their id, so the same child has
// the same history on every load, with dates counted back from the load's today. Pure.
import { DateTime } from 'luxon';
import type { PermanencyOption } from '../../core/db/tables.ts';
import { ageOn } from '../../core/time/dates.ts';
import { addMonths } from '../../core/time/working-days.ts';
import { nextReviewDue } from '../belonging/review-due.ts';
import { createRandom, type Random } from '../demo/random.ts';
import {
  DEMO_DECISION_REASONS,
  DEMO_DECISION_WORDS,
  DEMO_PLAN_WORDS,
  DEMO_REVIEW_NOTES,
  DEMO_WORDS_BY_AGE,
  type DemoAgeBand,
  type DemoAgeWords,
  type DemoPhrase,
} from './demo-stories.ts';
import { joinWords } from './words.ts';

/** Reviews are held a few days before they fall due, as a careful service does. */
const REVIEW_DAYS_EARLY = 3;

type Carer = { firstName: string; lastName: string };

/** A demo child living with the agency's carers now, as the seed needs them. */
export type PlacedChild = {
  id: string;
  firstName: string;
  /** The name the child goes by. */
  knownAs: string;
  lastName: string;
  dateOfBirth: string;
  lookedAfterSince: string;
  /** The local authority social worker's name; may be blank. */
  socialWorkerName: string;
  isKinshipHome: boolean;
  workerId: string | null;
  workerName: string | null;
  carers: Carer[];
};

/** A conversation to record: who was there besides the child and the supervising worker. */
export type PlannedConversation = {
  heldOn: string;
  withSocialWorker: boolean;
  carer: Carer | null;
  options: PermanencyOption[];
  words: string;
  questions: string;
  feelings: string;
  nextSteps: string;
};

export type PlannedDecision = {
  decidedOn: string;
  choice: PermanencyOption | null;
  words: string;
  decided: PermanencyOption;
  reasons: string;
};

/** A child's permanency planning, ready to be written. */
export type PermanencyHistory = {
  conversations: PlannedConversation[];
  decision: PlannedDecision | null;
  reviews: Array<{ heldOn: string; notes: string }>;
};

/** How a drifting child's planning has stalled: no recent talk, or no decision past the target. */
export type DriftKind = 'conversation' | 'decision';

/** A seed for a random source (FNV-1a): the same text always gives the same seed. */
export function seedFromId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Every review the regulation's rhythm calls for up to today, each held a few days early. */
export function heldReviewDates(lookedAfterSince: string, today: string): string[] {
  const held: string[] = [];
  for (;;) {
    const due = nextReviewDue(lookedAfterSince, held);
    if (!due) return held;
    const heldOn = shiftDays(due.dueOn, -REVIEW_DAYS_EARLY);
    if (heldOn > today) return held;
    held.push(heldOn < lookedAfterSince ? lookedAfterSince : heldOn);
  }
}

/**
 * Which children are left drifting, and how: `count` of those whose time in care allows it,
 * picked by a hash of their id so the same children drift on every load.
 */
export function chooseDrifting(
  children: readonly PlacedChild[],
  count: number,
  today: string,
  decisionMonths: number,
): Map<string, DriftKind> {
  const candidates = children
    .map((child) => ({ child, kinds: driftKindsFor(child, today, decisionMonths) }))
    .filter((candidate) => candidate.kinds.length > 0)
    .map((candidate) => ({ ...candidate, seed: seedFromId(`${candidate.child.id}:drift`) }))
    .sort((a, b) => a.seed - b.seed || a.child.id.localeCompare(b.child.id));
  return new Map(
    candidates
      .slice(0, Math.max(0, count))
      .map(({ child, kinds, seed }) => [child.id, createRandom(seed).pick(kinds)]),
  );
}

// A talk 4-6 months ago needs the child in care for longer; no decision needs the target passed.
function driftKindsFor(child: PlacedChild, today: string, decisionMonths: number): DriftKind[] {
  const kinds: DriftKind[] = [];
  if (daysBetween(child.lookedAfterSince, today) > 190) kinds.push('conversation');
  if (shiftDays(addMonths(child.lookedAfterSince, decisionMonths), 14) < today) {
    kinds.push('decision');
  }
  return kinds;
}

/** A believable permanency history for a child without a story, the same on every load. */
export function planGeneratedHistory(
  child: PlacedChild,
  options: { today: string; decisionMonths: number; drift: DriftKind | null },
): PermanencyHistory {
  const { today, decisionMonths, drift } = options;
  const random = createRandom(seedFromId(child.id));
  const band = bandOf(ageOn(child.dateOfBirth, today));
  const words = DEMO_WORDS_BY_AGE[band];
  const direction = directionFor(child, band, words, random, today);
  const decisionDue = addMonths(child.lookedAfterSince, decisionMonths);
  const decision =
    decisionDue < today && drift !== 'decision'
      ? planDecision(child, band, direction, random, {
          decidedOn: clampDate(
            shiftDays(decisionDue, -random.int(2, 20)),
            shiftDays(child.lookedAfterSince, 14),
            shiftDays(today, -1),
          ),
        })
      : null;
  const conversations = planConversations(child, words, band, random, {
    dates: conversationDates(random, child.lookedAfterSince, today, drift === 'conversation'),
    direction,
    decidedOn: decision?.decidedOn ?? null,
  });
  const reviews = heldReviewDates(child.lookedAfterSince, today).map((heldOn, index) => ({
    heldOn,
    notes: reviewNotes(child, random, {
      heldOn,
      isFirst: index === 0,
      decision,
      isPastTarget: heldOn > decisionDue,
      explored: exploredBy(conversations, heldOn, words),
    }),
  }));
  return { conversations, decision, reviews };
}

function bandOf(age: number): DemoAgeBand {
  if (age < 2) return 'baby';
  if (age < 6) return 'little';
  if (age < 13) return 'middle';
  return 'teen';
}

// The plan the child heads towards: a child already with family stays with family; a child in
// care for more than 18 months is not waiting to go home or be adopted; staying put is planned
// with young people from 15.
function directionFor(
  child: PlacedChild,
  band: DemoAgeBand,
  words: DemoAgeWords,
  random: Random,
  today: string,
): PermanencyOption {
  if (child.isKinshipHome) return 'kinship';
  const direction = random.pick(words.directions);
  const isLongInCare = daysBetween(child.lookedAfterSince, today) > 548;
  if (isLongInCare && (direction === 'return_home' || direction === 'adoption')) {
    return 'long_term_fostering';
  }
  if (direction === 'staying_put' && (band !== 'teen' || ageOn(child.dateOfBirth, today) < 15)) {
    return 'long_term_fostering';
  }
  return direction;
}

// The latest talk within the last 3 months (4-6 months ago when drifting), earlier ones 4-12 weeks
// apart, none sooner than 3 days after the child arrived: a child who came this week has none.
function conversationDates(
  random: Random,
  since: string,
  today: string,
  isDrifting: boolean,
): string[] {
  const earliestAgo = daysBetween(since, today) - 3;
  if (earliestAgo < 1) return [];
  let latestAgo = isDrifting ? random.int(122, 180) : random.int(3, 80);
  if (latestAgo > earliestAgo) latestAgo = random.int(1, earliestAgo);
  const wanted = random.int(1, 4);
  const daysAgo = [latestAgo];
  while (daysAgo.length < wanted) {
    const earlier = daysAgo.at(-1)! + random.int(28, 84);
    if (earlier > earliestAgo) break;
    daysAgo.push(earlier);
  }
  return daysAgo.reverse().map((ago) => shiftDays(today, -ago));
}

// Earlier talks explore; the latest, and any after the decision, mostly speak to the plan.
function planConversations(
  child: PlacedChild,
  words: DemoAgeWords,
  band: DemoAgeBand,
  random: Random,
  plan: { dates: string[]; direction: PermanencyOption; decidedOn: string | null },
): PlannedConversation[] {
  const phrases = random.shuffle(phrasesFor(child, words));
  return plan.dates.map((heldOn, index) => {
    const isSettled = index === plan.dates.length - 1 || (plan.decidedOn ?? heldOn) < heldOn;
    const phrase = takePhrase(phrases, isSettled && random.chance(0.85) ? plan.direction : null);
    const about = phrase.about ?? plan.direction;
    const others = words.explored.filter((option) => option !== about);
    const second =
      isSettled && about !== plan.direction
        ? plan.direction
        : random.chance(0.4)
          ? random.pick(others)
          : null;
    // Little ones are talked with at home, with their carer there.
    const isYoung = band === 'baby' || band === 'little';
    const carer =
      child.carers.length > 0 && (isYoung || random.chance(0.5)) ? random.pick(child.carers) : null;
    const fillIn = (text: string) => fill(text, child, carer);
    return {
      heldOn,
      withSocialWorker: random.chance(0.35),
      carer,
      options: [...new Set([about, ...(second ? [second] : [])].map((o) => homeOption(child, o)))],
      words: fillIn(phrase.words),
      questions: fillIn(random.pick(words.questions)),
      feelings: fillIn(random.pick(words.feelings)),
      nextSteps: fillIn(random.pick(words.nextSteps)),
    };
  });
}

// A child living with family talks about staying with them, not about moving to relatives.
function phrasesFor(child: PlacedChild, words: DemoAgeWords): DemoPhrase[] {
  if (!child.isKinshipHome) return words.phrases;
  return words.phrases.filter((phrase) => phrase.about !== 'kinship');
}

function homeOption(child: PlacedChild, option: PermanencyOption): PermanencyOption {
  return child.isKinshipHome && option === 'long_term_fostering' ? 'kinship' : option;
}

// The next unused phrase, the first about `about` when asked and there is one.
function takePhrase(phrases: DemoPhrase[], about: PermanencyOption | null): DemoPhrase {
  const found = about ? phrases.findIndex((phrase) => phrase.about === about) : -1;
  const [phrase] = phrases.splice(Math.max(found, 0), 1);
  return phrase!;
}

function planDecision(
  child: PlacedChild,
  band: DemoAgeBand,
  decided: PermanencyOption,
  random: Random,
  at: { decidedOn: string },
): PlannedDecision {
  const key = child.isKinshipHome ? 'kinship_home' : decided;
  const said = band === 'little' ? DEMO_DECISION_WORDS[key].young : DEMO_DECISION_WORDS[key].older;
  // A baby cannot choose, and a little one often has not, in words anyone could write down.
  const hasChosen =
    band !== 'baby' && said.length > 0 && random.chance(band === 'little' ? 0.5 : 0.85);
  return {
    decidedOn: at.decidedOn,
    choice: hasChosen ? decided : null,
    words: hasChosen ? fill(random.pick(said), child, null) : '',
    decided,
    reasons: fill(DEMO_DECISION_REASONS[key], child, null),
  };
}

// The plans talked through by the day of a review, or the usual ones for the age before any talk.
function exploredBy(
  conversations: readonly PlannedConversation[],
  heldOn: string,
  words: DemoAgeWords,
): PermanencyOption[] {
  const talked = conversations
    .filter((conversation) => conversation.heldOn <= heldOn)
    .flatMap((conversation) => conversation.options);
  return [...new Set(talked.length > 0 ? talked : words.explored.slice(0, 2))];
}

function reviewNotes(
  child: PlacedChild,
  random: Random,
  review: {
    heldOn: string;
    isFirst: boolean;
    decision: PlannedDecision | null;
    isPastTarget: boolean;
    explored: PermanencyOption[];
  },
): string {
  const { decision } = review;
  const notes =
    decision && decision.decidedOn <= review.heldOn
      ? random.pick(DEMO_REVIEW_NOTES.decided).replace('{plan}', DEMO_PLAN_WORDS[decision.decided])
      : review.isFirst
        ? random.pick(DEMO_REVIEW_NOTES.first)
        : review.isPastTarget
          ? random.pick(DEMO_REVIEW_NOTES.undecided)
          : random
              .pick(DEMO_REVIEW_NOTES.exploring)
              .replace('{explored}', joinWords(review.explored.map((o) => DEMO_PLAN_WORDS[o])));
  return fill(notes, child, null);
}

// Names into a text: {name}, {carer} (the carer there, or the home's first), {carers}, {worker}.
function fill(text: string, child: PlacedChild, carer: Carer | null): string {
  const carerName = (carer ?? child.carers[0])?.firstName ?? 'my carer';
  const carersNames =
    child.carers.length > 0 ? joinWords(child.carers.map((each) => each.firstName)) : 'my carers';
  const worker = child.workerName?.split(' ')[0] ?? 'The supervising social worker';
  return text
    .replaceAll('{name}', child.knownAs)
    .replaceAll('{carers}', carersNames)
    .replaceAll('{carer}', carerName)
    .replaceAll('{worker}', worker);
}

function shiftDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate).plus({ days }).toISODate()!;
}

function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);
}

function clampDate(date: string, earliest: string, latest: string): string {
  if (date > latest) return latest;
  return date < earliest ? earliest : date;
}
