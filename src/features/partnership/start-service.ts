// Getting started in a new home: the introductory meeting between the child's parents and carers,
// and the first comfort call. Staff arrange and record the meeting; staff and carers record the
// call; parents read when and where they will meet, and write the guide (guide-service.ts).
import { DateTime } from 'luxon';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { Invalid } from '../../core/errors.ts';
import { parseInput, type FormValues } from '../../core/http/validation.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { assertSafeToSend } from './confidentiality.ts';
import { findKnownLocatingDetails } from './confidentiality-store.ts';
import { findGuide, type Guide } from './guide-store.ts';
import { requireSide } from './hub-sides.ts';
import { withPartnershipChild, type CurrentHome, type PartnershipScene } from './space.ts';
import {
  comfortCallDeadline,
  introMeetingDeadline,
  problemWithHeldDate,
  startStatus,
  type StartStatus,
} from './start-rules.ts';
import { ZComfortCall, ZIntroHeld, ZIntroSchedule } from './start-schemas.ts';
import { findStart, saveStart, type StartChange, type StartRow } from './start-store.ts';

/** Where the first days in the current home stand. */
export type StartOverview = {
  startedOn: string;
  row: StartRow | null;
  intro: StartStatus;
  comfortCall: StartStatus;
};

/** The getting-started row and the two deadlines of the child's current home. */
export async function loadStartOverview(
  db: Db,
  home: CurrentHome,
  today: string,
): Promise<StartOverview> {
  const row = await findStart(db, home.placementId);
  return {
    startedOn: home.startedOn,
    row,
    intro: startStatus(
      introMeetingDeadline(home.startedOn, ENGLAND),
      row?.introHeldOn ?? null,
      today,
    ),
    comfortCall: startStatus(
      comfortCallDeadline(home.startedOn, ENGLAND),
      row?.comfortCallHeldOn ?? null,
      today,
    ),
  };
}

type ChildNames = { id: string; knownAs: string; fullName: string };

/** The page for staff and carers: both deadlines, what is recorded, and the parent's guide. */
export type RecordGettingStarted = {
  side: 'record';
  child: ChildNames;
  /** Null when the child lives in none of the agency's homes now. */
  overview: StartOverview | null;
  guide: Guide | null;
  abilities: { canArrange: boolean; canRecordCall: boolean };
};

/** The page for a parent: when and where they meet the carers, whether the call has happened. */
export type FamilyGettingStarted = {
  side: 'family';
  child: { id: string; knownAs: string };
  hasHome: boolean;
  intro: { at: Date | null; place: string; heldOn: string | null };
  comfortCallHeldOn: string | null;
  guide: Guide | null;
};

/** Getting started as this person may see it; the read is audited. */
export async function readGettingStarted(
  ctx: Ctx,
  childId: string,
): Promise<RecordGettingStarted | FamilyGettingStarted> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, child, home, party, actor, today } = scene;
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['getting_started'],
    });
    const overview = home ? await loadStartOverview(tx.db, home, today) : null;
    const guide = await findGuide(tx.db, childId);
    if (party === 'parent') {
      return {
        side: 'family',
        child: { id: child.id, knownAs: child.knownAs },
        hasHome: home !== null,
        intro: {
          at: overview?.row?.introScheduledAt ?? null,
          place: overview?.row?.introPlace ?? '',
          heldOn: overview?.row?.introHeldOn ?? null,
        },
        comfortCallHeldOn: overview?.row?.comfortCallHeldOn ?? null,
        guide,
      };
    }
    const resource = { kind: 'child' as const, id: childId };
    return {
      side: 'record',
      child: { id: child.id, knownAs: child.knownAs, fullName: child.fullName },
      overview,
      guide,
      abilities: {
        canArrange: home !== null && can(actor, 'partnership.manage', resource).allowed,
        canRecordCall: home !== null,
      },
    };
  });
}

// Every form here is about the current home; without one there is nothing to arrange.
function requireHome(scene: PartnershipScene, field: string): CurrentHome {
  if (scene.home) return scene.home;
  throw new Invalid({
    [field]: `${scene.child.knownAs} does not live in one of the agency’s homes now, so there is nothing to arrange`,
  });
}

async function recordStart(
  scene: PartnershipScene,
  home: CurrentHome,
  change: StartChange,
  fields: string[],
): Promise<void> {
  const { tx, actor, child } = scene;
  await saveStart(tx.db, { placementId: home.placementId, childId: child.id }, change, {
    userId: actor.userId,
    at: tx.now,
  });
  await recordAudit(tx, {
    action: 'partnership.start_recorded',
    recordType: 'partnership_start',
    recordId: home.placementId,
    fields,
  });
}

/**
 * Arranges the introductory meeting from the form's words (parsed once the person may do it). The parents will read where it is, so the place goes through
 * the confidentiality check first while the home is confidential.
 */
export async function arrangeIntro(ctx: Ctx, childId: string, values: FormValues): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const input = parseInput(ZIntroSchedule, values);
    const home = requireHome(scene, 'intro_date');
    const { timeZone } = await getAgencySettings(scene.tx.db);
    const at = DateTime.fromISO(`${input.intro_date}T${input.intro_time}`, { zone: timeZone });
    if (!at.isValid) throw new Invalid({ intro_time: 'Enter a time that exists on that day' });
    if (input.intro_date < scene.today) {
      throw new Invalid({
        intro_date: 'The meeting must be today or later. If it has happened, record it as held',
      });
    }
    const wasWarned = assertSafeToSend({
      field: 'intro_place',
      texts: [input.intro_place],
      known: await findKnownLocatingDetails(scene.tx.db, childId, home),
      isGuarded: scene.party !== 'parent' && home.isConfidential,
      sendAnyway: input.send_anyway === 'yes',
      childName: scene.child.knownAs,
    });
    await recordStart(
      scene,
      home,
      { introScheduledAt: at.toJSDate(), introPlace: input.intro_place },
      ['intro_scheduled_at', 'intro_place', ...(wasWarned ? ['sent_anyway'] : [])],
    );
  });
}

/** Records that the introductory meeting was held, with notes for staff and carers. */
export async function recordIntroHeld(
  ctx: Ctx,
  childId: string,
  values: FormValues,
): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const input = parseInput(ZIntroHeld, values);
    const home = requireHome(scene, 'intro_held_on');
    const problem = problemWithHeldDate({
      heldOn: input.intro_held_on,
      startedOn: home.startedOn,
      today: scene.today,
      what: 'the meeting',
    });
    if (problem) throw new Invalid({ intro_held_on: problem });
    await recordStart(
      scene,
      home,
      { introHeldOn: input.intro_held_on, introNotes: input.intro_notes },
      ['intro_held_on', 'intro_notes'],
    );
  });
}

/** Records the comfort call: staff and carers; the notes stay with them. */
export async function recordComfortCall(
  ctx: Ctx,
  childId: string,
  values: FormValues,
): Promise<void> {
  await requireSide(ctx, 'partnership.write', childId, ['staff', 'carer']);
  await withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    const input = parseInput(ZComfortCall, values);
    const home = requireHome(scene, 'comfort_call_on');
    const problem = problemWithHeldDate({
      heldOn: input.comfort_call_on,
      startedOn: home.startedOn,
      today: scene.today,
      what: 'the call',
    });
    if (problem) throw new Invalid({ comfort_call_on: problem });
    await recordStart(
      scene,
      home,
      { comfortCallHeldOn: input.comfort_call_on, comfortCallNotes: input.comfort_call_notes },
      ['comfort_call_held_on', 'comfort_call_notes'],
    );
  });
}
