// Who is in a child's space and how: staff set each parent's level (with the reason), what
// notification emails call the child, and for kinship care how the carers are related.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { SpaceLevel } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import type { FormValues } from '../../core/http/validation.ts';
import { parseInput } from '../../core/http/validation.ts';
import { findSpaceMembers } from './members.ts';
import { membersSchema } from './members-schemas.ts';
import {
  findChildSurname,
  findStoredSettings,
  saveSettings,
  setParentLevel,
} from './members-store.ts';
import { defaultEmailLabel, withPartnershipChild, type PartnershipScene } from './space.ts';

/** The form as it opens: each parent with their level now, and the settings as stored. */
export type MembersForm = {
  child: { id: string; knownAs: string; fullName: string };
  parents: Array<{
    userId: string;
    name: string;
    relationship: string;
    level: SpaceLevel;
    levelReason: string;
  }>;
  emailLabel: string;
  defaultEmailLabel: string;
  carersRelationship: string;
  isKinship: boolean;
};

async function loadForm(scene: PartnershipScene): Promise<MembersForm> {
  const { tx, child, home } = scene;
  const members = await findSpaceMembers(tx.db, child.id, home);
  const stored = await findStoredSettings(tx.db, child.id);
  return {
    child: { id: child.id, knownAs: child.knownAs, fullName: child.fullName },
    parents: members.parents.map(({ userId, name, relationship, level, levelReason }) => ({
      userId,
      name,
      relationship,
      level,
      levelReason,
    })),
    emailLabel: stored.emailLabel,
    defaultEmailLabel: defaultEmailLabel(child.knownAs),
    carersRelationship: stored.carersRelationship,
    isKinship: home?.careKind === 'kinship',
  };
}

/** Opens the form for staff who manage the space; the read is audited. */
export async function openMembers(ctx: Ctx, childId: string): Promise<MembersForm> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    await recordAudit(scene.tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['space_members'],
    });
    return loadForm(scene);
  });
}

/**
 * Saves the whole form in one transaction: each parent whose level or reason changed (audited one
 * by one), then the space's settings. Anything wrong throws Invalid naming the field.
 */
export async function saveMembers(
  ctx: Ctx,
  childId: string,
  values: FormValues,
): Promise<{ knownAs: string }> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child } = scene;
    const form = await loadForm(scene);
    const names = await findChildSurname(tx.db, childId);
    if (!names) throw new NotFound();
    const input = parseInput(
      membersSchema({
        parents: form.parents,
        names: { ...names, knownAs: child.knownAs },
        isKinship: form.isKinship,
      }),
      values,
    );
    const by = { userId: actor.userId, at: tx.now };
    for (const wanted of input.levels) {
      const now = form.parents.find((parent) => parent.userId === wanted.userId);
      if (now && now.level === wanted.level && now.levelReason === wanted.reason) continue;
      await setParentLevel(tx.db, { childId, userId: wanted.userId }, wanted, by);
      await recordAudit(tx, {
        action: 'partnership.level_set',
        recordType: 'child',
        recordId: childId,
        fields: ['space_level', 'space_level_reason'],
      });
    }
    const settings = {
      emailLabel: input.emailLabel,
      carersRelationship: input.carersRelationship ?? form.carersRelationship,
    };
    await saveSettings(tx.db, childId, settings, by);
    await recordAudit(tx, {
      action: 'partnership.space_saved',
      recordType: 'partnership_space',
      recordId: childId,
      fields: [
        ...(settings.emailLabel === form.emailLabel ? [] : ['email_label']),
        ...(settings.carersRelationship === form.carersRelationship ? [] : ['carers_relationship']),
      ],
    });
    return { knownAs: child.knownAs };
  });
}
