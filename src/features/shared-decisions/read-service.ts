// Reading shared decisions: who decides what for a child, in the reader's words, and the requests
// for a decision with the parents' views and the answers. Every read is audited.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { DecidedBy, DecisionOutcome, DelegatedTopic } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { findLocatingDetails } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { withPartnershipChild, type Party, type PartnershipScene } from '../partnership/space.ts';
import { DECISION_OUTCOMES, DECISION_TOPICS, labelOf } from '../partnership/vocabulary.ts';
import { authorityByTopic, findDeciders, nameForReader, viewsAttribution } from './naming.ts';
import { mayDecide, whoDecides, whyMayNotDecide, type WhoDecides } from './rules.ts';
import * as store from './store.ts';
import type { DecisionRequest } from './store.ts';

/** One topic of "who decides what". */
export type AuthorityLine = {
  topic: DelegatedTopic;
  label: string;
  who: WhoDecides;
  notes: string;
};

/** A request as a line in the list. */
export type RequestSummary = {
  id: string;
  href: string;
  topicLabel: string;
  question: string;
  askedBy: string;
  askedAt: Date;
  neededBy: string | null;
  isPastNeededBy: boolean;
  hasViews: boolean;
  outcome: DecisionOutcome | null;
  outcomeLabel: string | null;
};

/** The decisions page: who decides what, then the requests, open first. */
export type DecisionsView = {
  child: BelongingChild;
  party: Party;
  authority: AuthorityLine[];
  open: RequestSummary[];
  answered: RequestSummary[];
  askHref: string;
  /** Staff change who decides on the child's record. */
  changeAuthorityHref: string | null;
};

const readOf = (tx: Ctx, childId: string, field: string) =>
  recordAudit(tx, {
    action: 'partnership.read',
    recordType: 'child',
    recordId: childId,
    fields: [field],
  });

/** Who decides what for the child, and the requests for a decision. */
export async function readDecisions(ctx: Ctx, childId: string): Promise<DecisionsView> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, child, party } = scene;
    const { deciders } = await findDeciders(scene);
    const agreed = authorityByTopic(await store.findAuthority(tx.db, child.id));
    const showNotes = await notesFilterFor(scene);
    const authority = DECISION_TOPICS.flatMap(({ code, label }): AuthorityLine[] => {
      if (code === 'other') return [];
      const row = agreed.get(code);
      const who = whoDecides(party, row?.decidedBy ?? null, deciders);
      return [{ topic: code, label, who, notes: showNotes(row?.notes ?? '') }];
    });
    const summarise = (request: DecisionRequest) => summaryOf(scene, request);
    const open = (await store.findOpenRequests(tx.db, child.id)).map(summarise);
    const answered = (await store.findAnsweredRequests(tx.db, child.id)).map(summarise);
    await readOf(tx, child.id, 'decisions');
    return {
      child,
      party,
      authority,
      open,
      answered,
      askHref: `${partnershipPaths.decisions(party, child.id)}/new`,
      changeAuthorityHref: party === 'staff' ? `/children/${child.id}/delegated-authority` : null,
    };
  });
}

// Staff write the notes on the child's record, where nothing warns them before a parent reads
// them: a note that might say where the child lives is kept from a parent.
async function notesFilterFor(scene: PartnershipScene): Promise<(notes: string) => string> {
  const { tx, child, home, party } = scene;
  if (party !== 'parent' || !home?.isConfidential) return (notes) => notes;
  const known = await findKnownLocatingDetails(tx.db, child.id, home);
  return (notes) =>
    findLocatingDetails(notes, known).length === 0
      ? notes
      : `There is a note about this for ${child.knownAs}’s carers and workers. Ask your worker about it.`;
}

function summaryOf(scene: PartnershipScene, request: DecisionRequest): RequestSummary {
  return {
    id: request.id,
    href: partnershipPaths.decision(scene.party, scene.child.id, request.id),
    topicLabel: labelOf(DECISION_TOPICS, request.topic),
    question: request.question,
    askedBy: nameForReader(scene, request.askedBy),
    askedAt: request.askedAt,
    neededBy: request.neededBy,
    isPastNeededBy: !request.outcome && request.neededBy !== null && request.neededBy < scene.today,
    hasViews: request.parentViews !== '',
    outcome: request.outcome,
    outcomeLabel: request.outcome ? labelOf(DECISION_OUTCOMES, request.outcome) : null,
  };
}

/** One request: the question, the parents' views, the answer, and what this reader may do. */
export type RequestView = {
  child: BelongingChild;
  party: Party;
  summary: RequestSummary;
  who: WhoDecides;
  views: { text: string; attribution: string; at: Date } | null;
  decision: { notes: string; decidedBy: string; at: Date } | null;
  /** Parents give their own views; staff write them down for them; until the answer. */
  viewsForm: { kind: 'own' | 'on_behalf'; current: string; action: string } | null;
  decideForm: { action: string } | null;
  /** Why this reader does not see the form to answer, while the request is open. */
  notDecidingBecause: string | null;
  listHref: string;
};

/** A request for a decision, as this reader may see it and act on it. */
export async function readRequest(
  ctx: Ctx,
  childId: string,
  requestId: string,
): Promise<RequestView> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, child, party } = scene;
    const request = await store.findRequest(tx.db, child.id, requestId);
    if (!request) throw new NotFound();
    const decidedBy: DecidedBy | null = await store.findDeciderOf(tx.db, child.id, request.topic);
    const { deciders } = await findDeciders(scene);
    const isOpen = request.outcome === null;
    const href = partnershipPaths.decision(party, child.id, request.id);
    await readOf(tx, child.id, 'decision_request');
    return {
      child,
      party,
      summary: summaryOf(scene, request),
      who: whoDecides(party, decidedBy, deciders),
      views:
        request.viewsBy && request.parentViewsAt && request.parentViews
          ? {
              text: request.parentViews,
              attribution: viewsAttribution(scene, request.viewsBy),
              at: request.parentViewsAt,
            }
          : null,
      decision:
        request.outcome && request.decidedBy && request.decidedAt
          ? {
              notes: request.outcomeNotes,
              decidedBy: nameForReader(scene, request.decidedBy),
              at: request.decidedAt,
            }
          : null,
      viewsForm:
        isOpen && party !== 'carer'
          ? {
              kind: party === 'parent' ? 'own' : 'on_behalf',
              current: request.parentViews,
              action: `${href}/views`,
            }
          : null,
      decideForm: isOpen && mayDecide(party, decidedBy) ? { action: `${href}/decide` } : null,
      notDecidingBecause:
        isOpen && !mayDecide(party, decidedBy) ? whyMayNotDecide(decidedBy, deciders) : null,
      listHref: partnershipPaths.decisions(party, child.id),
    };
  });
}

/** The child a new request is for (the form reads nothing else of the record). */
export async function openAskForm(ctx: Ctx, childId: string) {
  return withPartnershipChild(ctx, 'partnership.write', childId, async ({ child, party }) => ({
    child,
    party,
    action: `${partnershipPaths.decisions(party, child.id)}/new`,
    listHref: partnershipPaths.decisions(party, child.id),
  }));
}
