import { capitalise } from '../../../core/ui/terms.ts';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** Attachment, why it matters for children who have been hurt, and how therapeutic care helps. */
export function OurApproachPage({ context }: { context: PublicContext }) {
  const { terms, agencyName } = context.page;
  return (
    <PublicPage
      context={context}
      title="Attachment and our approach"
      description={`What attachment means, why it matters so much for children who have lived through trauma or neglect, and how ${agencyName} helps carers give the steady, caring relationships that help children heal.`}
      path="/our-approach"
    >
      <p class="lead">
        Every child needs at least one grown-up they can count on. That bond is called attachment,
        and it is at the heart of how we work.
      </p>

      <h2>What attachment means</h2>
      <p>
        From their very first days, babies reach for the people who look after them. When they are
        hungry, scared or hurt, they turn to that person for comfort. If the comfort comes, again
        and again, the baby learns that the world is mostly safe and that people can be trusted.
      </p>
      <p>
        That early bond shapes how a child grows. It helps them calm down when they are upset, make
        friends, and feel good about themselves. A bond can form even when the care is not good,
        because a baby has no one else to turn to. And being someone’s carer does not, on its own,
        mean a child will feel close to you. Trust has to be earned.
      </p>

      <h2>Why it matters for children in care</h2>
      <p>
        Many children who come into care have lived through hard things: being hurt, being left
        alone, or never knowing what would happen next. When the grown-ups who should keep a child
        safe are also the ones who frighten them, the child learns to protect themselves instead.
      </p>
      <p>That can look like a child who:</p>
      <ul>
        <li>seems not to need anyone, or clings to everyone;</li>
        <li>cannot settle, sleep or sit still;</li>
        <li>pushes you away just as things are going well;</li>
        <li>gets very angry, very quickly, over something small.</li>
      </ul>
      <p>
        These are not signs of a “naughty” child. They are ways a child learned to survive. Knowing
        about attachment helps everyone around the child understand what is going on underneath, and
        respond in a way that helps.
      </p>

      <h2>Our approach: care that helps children heal</h2>
      <p>
        We believe that warm, steady, lasting relationships are what help children in care the most.
        Our way of caring is called therapeutic care. It means:
      </p>
      <ul>
        <li>
          <strong>staying calm and kind,</strong> especially when a child is at their most
          difficult;
        </li>
        <li>
          <strong>being predictable,</strong> with routines a child can rely on;
        </li>
        <li>
          <strong>noticing feelings,</strong> and helping a child put words to them;
        </li>
        <li>
          <strong>repairing,</strong> so that after a hard moment, the child knows they are still
          cared for.
        </li>
      </ul>
      <p>
        Over time, a safe home and a carer who keeps showing up can repair some of the harm done in
        a child’s early years. Children can learn to trust, to play, to learn at school, and to look
        forward to a happier future.
      </p>

      <h2>How we help carers do this</h2>
      <p>
        {capitalise(terms.fosterCarers)} are not expected to know all this from the start. Our
        training is built around attachment and therapeutic care, and every household has a{' '}
        {terms.supervisingSocialWorker} and specialists in children’s care to talk things through
        with. Read about our <a href="/training-and-support">training and support</a>.
      </p>
    </PublicPage>
  );
}
