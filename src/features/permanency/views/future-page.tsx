import { formatDate } from '../../../core/time/dates.ts';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import { PERMANENCY_OPTIONS } from '../../belonging/vocabulary.ts';
import type { OwnFuture } from '../read-service.ts';
import type { Conversation, Decision } from '../store.ts';
import { joinWords, OPTION_FOR_YOU, optionLabel } from '../words.ts';
import { OWN_VOICE_PATH } from './paths.ts';

const TITLE = 'Your future: what we have talked about';

/**
 * The young person's own page about their future, made for a phone: what they said, what they
 * chose, what has been decided and why, and when the next review is. Plain words, written to them.
 */
export function FuturePage({ context, future }: { context: PageContext; future: OwnFuture }) {
  if (future.kind === 'not_linked') {
    return (
      <Page context={context} title="Your future" width="narrow">
        <p class="lead">There is nothing to show here yet.</p>
        <p>
          Your account is not joined up with your records yet. Your worker can sort that out: ask
          them, or ask your carers to let them know.
        </p>
      </Page>
    );
  }
  const locale = context.locale;
  return (
    <Page context={context} title={TITLE} width="narrow">
      <p class="lead">
        This is what you have talked about with your workers: where you will live and who will be in
        your life as you grow up. What you think matters, and you can say it at any time.
      </p>
      <p>
        <a href={OWN_VOICE_PATH}>Ask a question or tell us what you think</a>
      </p>

      <h2>Where things are now</h2>
      <Decided decision={future.decision} locale={locale} />

      <h2>Your next review</h2>
      {future.nextReviewOn && future.nextReviewOn >= future.today ? (
        <p>Your next review meeting is due by {formatDate(future.nextReviewOn, locale)}.</p>
      ) : (
        <p>Your next review meeting is being arranged. Your worker will tell you when it is.</p>
      )}
      <p>
        A review is a meeting where the people who help you look at your plans with you. You can go,
        or tell your worker what you want them to say for you.
      </p>

      <h2>What you have said</h2>
      {future.conversations.length === 0 ? (
        <p>Your worker has not written up a talk about your future with you yet.</p>
      ) : (
        <ol class="timeline">
          {future.conversations.map((conversation) => (
            <TalkEntry key={conversation.id} conversation={conversation} locale={locale} />
          ))}
        </ol>
      )}

      <h2>The choices</h2>
      <p>These are the ways a young person can have a settled home and people for life.</p>
      <dl>
        {PERMANENCY_OPTIONS.map((option) => (
          <div key={option.code}>
            <dt>
              <strong>{option.label}</strong>
            </dt>
            <dd>
              <p>{OPTION_FOR_YOU[option.code]}</p>
            </dd>
          </div>
        ))}
      </dl>

      <p>
        <ButtonLink href={OWN_VOICE_PATH}>Ask a question or tell us what you think</ButtonLink>
      </p>
    </Page>
  );
}

function Decided(props: { decision: Decision | null; locale: Locale }) {
  const { decision, locale } = props;
  if (!decision) {
    return (
      <p>
        Nothing has been decided yet. Your workers will keep talking with you about it, and what you
        want is part of the decision.
      </p>
    );
  }
  return (
    <>
      {decision.youngPersonChoice ? (
        <p>
          You said you would like: <strong>{optionLabel(decision.youngPersonChoice)}</strong>
        </p>
      ) : null}
      {decision.youngPersonWords ? (
        <>
          <p>In your words:</p>
          <blockquote class="preserve-lines">{decision.youngPersonWords}</blockquote>
        </>
      ) : null}
      <p>
        What has been decided: <strong>{optionLabel(decision.decidedOption)}</strong> (on{' '}
        {formatDate(decision.decidedOn, locale)})
      </p>
      <p>Why:</p>
      <p class="preserve-lines">{decision.reasons}</p>
    </>
  );
}

function TalkEntry(props: { conversation: Conversation; locale: Locale }) {
  const { conversation, locale } = props;
  return (
    <li class="record-entry">
      <h3 class="record-entry__title">{formatDate(conversation.heldOn, locale)}</h3>
      <p class="record-entry__meta">Who was there: {conversation.whoWasThere}</p>
      {conversation.options.length > 0 ? (
        <p>We talked about: {joinWords(conversation.options.map(optionLabel))}</p>
      ) : null}
      <p>You said:</p>
      <blockquote class="preserve-lines">{conversation.youngPersonWords}</blockquote>
      <Said label="Your questions" text={conversation.questions} />
      <Said label="How you felt" text={conversation.feelings} />
      <Said label="What happens next" text={conversation.nextSteps} />
    </li>
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
