import { formatDate } from '../../../core/time/dates.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import type { Conversation } from '../store.ts';
import { joinWords, optionLabel } from '../words.ts';

/** The conversations with the young person, newest first, with what they said in their own words. */
export function ConversationTimeline(props: {
  conversations: Conversation[];
  knownAs: string;
  locale: Locale;
}) {
  const { conversations, knownAs, locale } = props;
  if (conversations.length === 0) {
    return <p>No conversations with {knownAs} are recorded yet.</p>;
  }
  return (
    <ol class="timeline">
      {conversations.map((conversation) => (
        <li class="record-entry" key={conversation.id}>
          <h3 class="record-entry__title">{formatDate(conversation.heldOn, locale)}</h3>
          <p class="record-entry__meta">
            Who was there: {conversation.whoWasThere}
            {conversation.recordedByName ? ` · Recorded by ${conversation.recordedByName}` : ''}
          </p>
          <p>
            <strong>Options talked about:</strong>{' '}
            {conversation.options.length > 0
              ? joinWords(conversation.options.map(optionLabel))
              : 'None in particular'}
          </p>
          <p>
            <strong>What {knownAs} said:</strong>
          </p>
          <blockquote class="preserve-lines">{conversation.youngPersonWords}</blockquote>
          <Said label={`${knownAs}’s questions`} text={conversation.questions} />
          <Said label={`How ${knownAs} felt`} text={conversation.feelings} />
          <Said label="What happens next" text={conversation.nextSteps} />
        </li>
      ))}
    </ol>
  );
}

function Said(props: { label: string; text: string }) {
  if (!props.text) return null;
  return (
    <>
      <p>
        <strong>{props.label}:</strong>
      </p>
      <p class="preserve-lines">{props.text}</p>
    </>
  );
}
