import { capitalise } from '../../../core/ui/terms.ts';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** What fostering is, who can do it, the kinds of fostering, and the steps to approval. */
export function FosteringPage({ context }: { context: PublicContext }) {
  const { terms } = context.page;
  return (
    <PublicPage
      context={context}
      title="About fostering"
      description={`What fostering is, who can become a ${terms.fosterCarer}, the different kinds of fostering, and each step from your first question to your first child.`}
      path="/fostering"
    >
      <p class="lead">
        Fostering means caring for a child in your own home when they cannot live with their own
        family. It can be for one night, a few months, or until they grow up.
      </p>

      <h2>Who can foster</h2>
      <p>Most people can be considered. You do not need to be married, or own your home.</p>
      <ul>
        <li>You can be single, married, or living with a partner.</li>
        <li>You can rent or own your home.</li>
        <li>You can be working, retired, or at home.</li>
        <li>You can have children of your own, or none.</li>
      </ul>
      <p>
        What matters most is that you can give a child time, patience and a safe, warm home. You
        will also need a spare bedroom, so each child has a space of their own.
      </p>

      <h2>Kinds of fostering</h2>
      <dl class="definitions">
        <dt>Short-term</dt>
        <dd>Caring for a child for days, weeks or months while plans are made for their future.</dd>
        <dt>Long-term</dt>
        <dd>Giving a child a home until they grow up, while they keep links with their family.</dd>
        <dt>Short breaks</dt>
        <dd>Regular stays, such as a weekend a month, to give a family or another carer a rest.</dd>
        <dt>Emergency</dt>
        <dd>
          A safe bed at short notice, often at night, when a child needs somewhere straight away.
        </dd>
        <dt>Family and friends</dt>
        <dd>
          Caring for a child you already know. See <a href="/kinship-care">kinship care</a>.
        </dd>
      </dl>

      <h2>Staying close to family</h2>
      <p>
        Most children in foster care still love their own family, and many go home again. As a{' '}
        {terms.fosterCarer}, you help them keep in touch, through {terms.familyTime} and by sharing
        news with their {terms.birthParent}s when it is safe. Working together helps children feel
        they do not have to choose between the people who care about them.
      </p>

      <h2>From your first question to your first child</h2>
      <ol class="steps">
        <li>
          <strong>Get in touch.</strong> Ask for a call back or an information pack, or come to an
          event. We reply within one working day.
        </li>
        <li>
          <strong>A first chat.</strong> We talk about you, your home and what fostering involves.
        </li>
        <li>
          <strong>A home visit.</strong> We visit you at home, usually within five working days, to
          meet everyone who lives there.
        </li>
        <li>
          <strong>Your application.</strong> If you want to go ahead, you apply, and we start the
          assessment.
        </li>
        <li>
          <strong>Checks and training.</strong> We carry out the checks every {terms.fosterCarer}{' '}
          needs, such as police checks and references, and you join our preparation course.
        </li>
        <li>
          <strong>Getting to know you.</strong> A social worker meets you several times and writes a
          report about you with you. We aim to finish within eight months of your application.
        </li>
        <li>
          <strong>The fostering panel.</strong> A group of people with experience of fostering reads
          the report, meets you and makes a recommendation. The agency then makes the decision.
        </li>
      </ol>
      <p>
        {capitalise(terms.fosterCarers)} are paid an allowance for each child, to cover what the
        child needs, and a fee for their time and skill. We explain exactly what you would receive
        when we talk.
      </p>
    </PublicPage>
  );
}
