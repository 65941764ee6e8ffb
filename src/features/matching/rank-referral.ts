// One ranking of every household for a referral: the database's candidates, every rule checked
// again, the eligible scored and ordered. The pages, the decision and the benchmark all use this.
import type { Db } from '../../core/db/connect.ts';
import { findCandidates, findTurnedAway } from './candidate-store.ts';
import { candidateQueryFor, countTurnedAway, type CandidateQuery } from './cheap-rules-sql.ts';
import type { Weights } from './factors.ts';
import { checkHardRules, type Refusal, type RuleKind } from './hard-rules.ts';
import { countByRule, rankCandidates, type MatchChild, type Ranking } from './ranking.ts';
import { matchChildFrom, matchingDate, type ReferralFacts } from './referral-child.ts';
import type { Candidate } from './ranking.ts';

/** How many households turned away are listed by name; the rest are counted. */
export const TURNED_AWAY_LISTED = 100;

export type ReferralRanking = {
  child: MatchChild;
  query: CandidateQuery;
  /** The households the database let through: the eligible ranked, the rest with reasons. */
  ranking: Ranking;
};

/** Ranks every household for a referral (the database's candidates, checked and scored). */
export async function rankReferral(
  db: Db,
  referral: ReferralFacts,
  weights: Weights,
  today: string,
): Promise<ReferralRanking> {
  const child = matchChildFrom(referral, today);
  const query = candidateQueryFor(child, matchingDate(referral.neededBy, today));
  const candidates = await findCandidates(db, query);
  return { child, query, ranking: rankCandidates(child, candidates, weights) };
}

/** The households that cannot be matched: how many, how many for each reason, and the first few. */
export type NotEligible = {
  total: number;
  byRule: Map<RuleKind, number>;
  listed: { candidate: Candidate; reasons: Refusal[] }[];
};

/**
 * Every household that cannot be matched: those the database turned away (counted there, the
 * first by reference checked here for their reasons) and those it let through that the rules
 * then refused.
 */
export async function findNotEligible(db: Db, ranked: ReferralRanking): Promise<NotEligible> {
  const counts = await countTurnedAway(db, ranked.query);
  const sample = await findTurnedAway(db, ranked.query, TURNED_AWAY_LISTED);
  const byRule = new Map(counts.byRule);
  for (const [rule, count] of countByRule(ranked.ranking.refused)) {
    byRule.set(rule, (byRule.get(rule) ?? 0) + count);
  }
  const turnedAway = sample.map((candidate) => {
    const eligibility = checkHardRules(ranked.child, candidate.terms);
    return { candidate, reasons: eligibility.isEligible ? [] : eligibility.reasons };
  });
  const listed = [...ranked.ranking.refused, ...turnedAway]
    .sort((a, b) => (a.candidate.reference < b.candidate.reference ? -1 : 1))
    .slice(0, TURNED_AWAY_LISTED);
  return { total: counts.total + ranked.ranking.refused.length, byRule, listed };
}
