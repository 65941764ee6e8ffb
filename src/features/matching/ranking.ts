// The ranked shortlist: every candidate checked against the hard rules, the eligible ones scored
// and put in order, the others kept with their reasons. Pure, and independent of the order the
// candidates arrive in, so the same facts always give the same list.
import {
  checkHardRules,
  type ChildToPlace,
  type HouseholdTerms,
  type Refusal,
  type RuleKind,
} from './hard-rules.ts';
import type { Weights } from './factors.ts';
import {
  scoreHousehold,
  type ChildProfile,
  type HouseholdProfile,
  type MatchScore,
} from './match-score.ts';

/** A household as matching sees it: who it is, its terms, and what the score weighs. */
export type Candidate = {
  id: string;
  reference: string;
  name: string;
  areaName: string | null;
  terms: HouseholdTerms;
  profile: HouseholdProfile;
};

/** The child as matching sees them: what the rules check and what the score weighs. */
export type MatchChild = ChildToPlace & ChildProfile;

export type RankedHousehold<C extends Candidate = Candidate> = {
  rank: number;
  candidate: C;
  score: MatchScore;
};

export type RefusedHousehold<C extends Candidate = Candidate> = {
  candidate: C;
  reasons: Refusal[];
};

export type Ranking<C extends Candidate = Candidate> = {
  ranked: RankedHousehold<C>[];
  refused: RefusedHousehold<C>[];
};

// Totals are compared to a millionth of a point, so sums that differ only in rounding count as a
// tie and the reference decides, whatever order the factors were added in.
const tieKey = (total: number) => Math.round(total * 1e6);

const byReference = (a: Candidate, b: Candidate) =>
  a.reference < b.reference
    ? -1
    : a.reference > b.reference
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/**
 * Ranks the candidates for a child: households refused by a hard rule are never ranked; the rest
 * are ordered by total score, highest first, ties by household reference.
 */
export function rankCandidates<C extends Candidate>(
  child: MatchChild,
  candidates: readonly C[],
  weights: Weights,
): Ranking<C> {
  const scored: { candidate: C; score: MatchScore; key: number }[] = [];
  const refused: RefusedHousehold<C>[] = [];
  for (const candidate of candidates) {
    const eligibility = checkHardRules(child, candidate.terms);
    if (eligibility.isEligible) {
      const score = scoreHousehold(child, candidate.profile, weights);
      scored.push({ candidate, score, key: tieKey(score.total) });
    } else {
      refused.push({ candidate, reasons: eligibility.reasons });
    }
  }
  scored.sort((a, b) => b.key - a.key || byReference(a.candidate, b.candidate));
  refused.sort((a, b) => byReference(a.candidate, b.candidate));
  return {
    ranked: scored.map((entry, index) => ({
      rank: index + 1,
      candidate: entry.candidate,
      score: entry.score,
    })),
    refused,
  };
}

/** How many refused households each rule turned away (a household may count under several). */
export function countByRule(
  refused: readonly { reasons: readonly Refusal[] }[],
): Map<RuleKind, number> {
  const counts = new Map<RuleKind, number>();
  for (const entry of refused) {
    for (const kind of new Set(entry.reasons.map((reason) => reason.kind))) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return counts;
}
