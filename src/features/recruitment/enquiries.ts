import { and, desc, notInArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { enquirySubmissions, prospectiveCarers, type EnquiryKind } from '../../core/db/tables.ts';
import * as store from './store.ts';

export type NewEnquiry = {
  kind: EnquiryKind;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  postcode?: string;
  /** The page or campaign that brought them, when known. */
  sourceDetail?: string;
  /** The form's own answers, as given. */
  answers: Record<string, string | string[]>;
};

const CLOSED_STAGES = ['approved', 'withdrawn', 'not_approved'] as const;

/**
 * Records a form from someone thinking about fostering. A person who is already on their way
 * (same email, not closed) gets the new form added to their record rather than a second record.
 * Runs in the caller's transaction, so a confirmation email queued there goes with it.
 */
export async function recordEnquiry(
  ctx: Ctx,
  enquiry: NewEnquiry,
): Promise<{ prospectiveCarerId: string; reference: string; isNew: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.db
      .select({ id: prospectiveCarers.id, reference: prospectiveCarers.reference })
      .from(prospectiveCarers)
      .where(
        and(
          sql`lower(${prospectiveCarers.email}) = lower(${enquiry.email})`,
          notInArray(prospectiveCarers.stage, [...CLOSED_STAGES]),
        ),
      )
      .orderBy(desc(prospectiveCarers.enquiredAt))
      .limit(1);
    const prospect = existing ?? (await insertProspect(tx, enquiry));
    await tx.db.insert(enquirySubmissions).values({
      prospectiveCarerId: prospect.id,
      kind: enquiry.kind,
      answers: enquiry.answers,
      submittedAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'recruitment.enquiry_received',
      recordType: 'prospective_carer',
      recordId: prospect.id,
      fields: Object.keys(enquiry.answers),
    });
    return { prospectiveCarerId: prospect.id, reference: prospect.reference, isNew: !existing };
  });
}

async function insertProspect(
  ctx: Ctx,
  enquiry: NewEnquiry,
): Promise<{ id: string; reference: string }> {
  return store.insertProspect(ctx.db, {
    firstName: enquiry.firstName,
    lastName: enquiry.lastName,
    email: enquiry.email,
    phone: enquiry.phone ?? '',
    postcode: enquiry.postcode ?? '',
    stage: 'enquiry',
    source: enquiry.kind,
    sourceDetail: enquiry.sourceDetail ?? '',
    enquiredAt: ctx.now,
    stageChangedAt: ctx.now,
  });
}
