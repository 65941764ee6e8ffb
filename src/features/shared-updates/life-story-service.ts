// Keeping an update in the child's life story: the update's words, day and photo become an entry
// in the book, once, shared with the family if the carer or worker says so.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, Forbidden, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { withCarerOrStaff } from './access.ts';
import { defaultLifeStoryTitle, lifeStoryKindOf } from './rules.ts';
import type { TLifeStoryInput } from './schemas.ts';
import * as store from './store.ts';

/** What was added: the entry's title, and whether the family will see it. */
export type AddedToStory = { title: string; knownAs: string; isShared: boolean };

/** Adds an update to the child's life story; an update already there is refused. */
export async function addUpdateToLifeStory(
  ctx: Ctx,
  childId: string,
  updateId: string,
  input: TLifeStoryInput,
): Promise<AddedToStory> {
  return withCarerOrStaff(ctx, childId, async ({ tx, actor, child }) => {
    const update = await store.findUpdate(tx.db, childId, updateId);
    if (!update) throw new NotFound();
    if (!can(actor, 'belonging.contribute', { kind: 'child', id: childId }).allowed) {
      throw new Forbidden(`Only people who look after ${child.knownAs}’s story can add to it.`);
    }
    const alreadyThere = `This update is already in ${child.knownAs}’s life story: it can be added only once.`;
    if (update.lifeStoryEntryId) throw new Conflict(alreadyThere);
    const { locale } = await getAgencySettings(tx.db);
    const title = input.title || defaultLifeStoryTitle(update.topic, update.happenedOn, locale);
    const entryId = await store.insertLifeStoryEntry(tx.db, {
      childId,
      kind: lifeStoryKindOf(update),
      title,
      body: update.body,
      happenedOn: update.happenedOn,
      fileId: update.fileId,
      addedBy: actor.userId,
      addedByRole: actor.role,
      isSharedWithFamily: input.shareWithFamily,
      createdAt: ctx.now,
    });
    // Someone else may have added it a moment ago; then this entry is rolled back with the refusal.
    if (!(await store.linkLifeStoryEntry(tx.db, updateId, entryId))) {
      throw new Conflict(alreadyThere);
    }
    await recordAudit(tx, {
      action: 'life_story.entry_added',
      recordType: 'life_story_entry',
      recordId: entryId,
      fields: [
        'kind',
        'title',
        'body',
        'happened_on',
        ...(update.fileId ? ['file_id'] : []),
        'is_shared_with_family',
      ],
    });
    await recordAudit(tx, {
      action: 'partnership.update_to_life_story',
      recordType: 'shared_update',
      recordId: updateId,
      fields: ['life_story_entry_id'],
    });
    return { title, knownAs: child.knownAs, isShared: input.shareWithFamily };
  });
}
