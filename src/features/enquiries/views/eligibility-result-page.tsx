import { Tag } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary } from '../../../core/ui/components/forms.tsx';
import {
  answerLabel,
  ELIGIBILITY_QUESTIONS,
  type AdviceTone,
  type EligibilityAnswers,
  type EligibilityOutcome,
} from '../eligibility.ts';
import { ContactFields } from './contact-form-page.tsx';
import { EnquiryPage, type FormPageProps } from './enquiry-page.tsx';
import { FormProblem, GetInTouchForm, PrivacyNote } from './fields.tsx';
import { ELIGIBILITY_PATH } from './eligibility-page.tsx';

export const ELIGIBILITY_DETAILS_PATH = `${ELIGIBILITY_PATH}/details`;

const TONE_TAGS: Record<AdviceTone, { tone: 'good' | 'info' | 'due'; word: string }> = {
  fine: { tone: 'good', word: 'Fine' },
  talk: { tone: 'info', word: 'Let us talk' },
  not_yet: { tone: 'due', word: 'Not yet' },
};

/**
 * What the answers mean, honestly, and the enquiry form below it, filled in as far as it can be,
 * for anyone who would like to talk. The answers travel with the form, and only the form keeps them.
 */
export function EligibilityResultPage(
  props: FormPageProps & { answers: EligibilityAnswers; outcome: EligibilityOutcome },
) {
  const { context, outcome, answers, errors } = props;
  return (
    <EnquiryPage
      context={context}
      title={outcome.headline}
      description="What your answers to our quick check mean for fostering."
      path={ELIGIBILITY_PATH}
      hasErrors={Boolean(errors || props.problem)}
    >
      <p class="lead">{outcome.summary}</p>
      <h2 class="heading-m">About your answers</h2>
      <dl class="summary-list">
        {outcome.advice.map((note) => (
          <div class="summary-list__row" key={note.question}>
            <dt class="summary-list__key">{ELIGIBILITY_QUESTIONS[note.question].legend}</dt>
            <dd class="summary-list__value">
              <p>
                You said: {answerLabel(note.question, answers[note.question])}.{' '}
                <Tag tone={TONE_TAGS[note.tone].tone}>{TONE_TAGS[note.tone].word}</Tag>
              </p>
              <p>{note.text}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={ELIGIBILITY_PATH}>Change your answers</a>
      </p>
      <h2 class="heading-m">Whatever your answers</h2>
      <ul>
        {outcome.reassurance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 class="heading-m" id="details">
        Would you like to talk to us?
      </h2>
      <p>
        Leave your details and one of our team will get in touch. Your answers above will come with
        them, so you will not need to explain again. If you would rather not, that is fine: nothing
        has been kept.
      </p>
      <FormProblem message={props.problem} />
      <ErrorSummary errors={errors} />
      <GetInTouchForm
        action={ELIGIBILITY_DETAILS_PATH}
        csrfToken={context.page.csrfToken}
        stamp={props.stamp}
        source={props.source}
        funnel="get-in-touch:eligibility:send"
      >
        {(Object.keys(answers) as (keyof EligibilityAnswers)[]).map((question) => (
          <input type="hidden" name={question} value={answers[question]} key={question} />
        ))}
        <ContactFields {...props} messageLabel="Anything you would like to ask? (optional)" />
        <PrivacyNote />
        <Button>Send my details</Button>
      </GetInTouchForm>
    </EnquiryPage>
  );
}
