// What each permanency option means, said twice: plainly for staff and carers, and warmly, in the
// second person, for the young person. The options and their names are belonging's vocabulary.
import type { PermanencyOption } from '../../core/db/tables.ts';
import { labelOf, PERMANENCY_OPTIONS } from '../belonging/vocabulary.ts';

/** What each option means, for the staff and carers who talk it through with the young person. */
export const OPTION_EXPLAINED: Record<PermanencyOption, string> = {
  return_home:
    'Going back to live with birth parents or the family the child lived with before, once it is safe, the changes needed have been made and they can last.',
  kinship:
    'Living with relatives or close family friends as connected carers, or under a special guardianship order that gives them lasting parental responsibility until 18.',
  adoption:
    'An adoption order makes the adopters the child’s legal parents for life. Considered more often for younger children; how the child keeps in touch with birth family is planned with it.',
  long_term_fostering:
    'A long-term match with foster carers, confirmed by the local authority: the young person stays with them until they are grown up.',
  staying_put:
    'From 18, staying on with former foster carers (up to 21), or moving to a place of their own with support, held together by committed adults who stay in their life.',
};

/** What each option means, for the young person: plain words, no jargon. */
export const OPTION_FOR_YOU: Record<PermanencyOption, string> = {
  return_home:
    'Going back to live with your mum, dad or the family you lived with before, when it is safe and they are ready.',
  kinship:
    'Living with someone in your family, like a grandparent, an aunt or uncle, or a close family friend. A judge can make this last until you are 18.',
  adoption:
    'A new family becomes your family for the rest of your life, and the law says so. You can still keep people from before in your life.',
  long_term_fostering:
    'Staying with foster carers until you are grown up, knowing you will not have to move on.',
  staying_put:
    'When you turn 18 you can stay on with your carers for a while, or move to your own place with help, and keep the people who matter to you close.',
};

/** An option's name, as the vocabulary says it. */
export function optionLabel(option: PermanencyOption): string {
  return labelOf(PERMANENCY_OPTIONS, option);
}

/** The name of the checkbox a form gives each option: one field per option. */
export function optionField(option: PermanencyOption): string {
  return `option_${option}`;
}

/** Names joined as a sentence says them: "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
