import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** Caring for a child you already know: what kinship care is and the help that comes with it. */
export function KinshipCarePage({ context }: { context: PublicContext }) {
  const { terms } = context.page;
  return (
    <PublicPage
      context={context}
      title="Kinship care"
      description={`Kinship care means caring for a child you already know, such as a grandchild, niece, nephew or a friend’s child. Find out how it works and the support a ${terms.kinshipCarer} gets.`}
      path="/kinship-care"
    >
      <p class="lead">
        Sometimes the best place for a child who cannot live with their parents is with someone they
        already know and love. That is kinship care.
      </p>

      <h2>Who kinship carers are</h2>
      <p>
        A {terms.kinshipCarer} might be a grandparent, an aunt or uncle, an older brother or sister,
        a family friend, or a neighbour the child knows well. In England, kinship carers are also
        called family and friends carers.
      </p>
      <p>
        Living with someone familiar can make a hard time a little easier. A child can often stay at
        the same school, keep their friends, and stay close to the rest of their family.
      </p>

      <h2>How it works</h2>
      <ul>
        <li>
          If a child needs a home quickly, the local authority can approve you for a short time (up
          to 16 weeks, and sometimes a little longer) while a full assessment is done.
        </li>
        <li>
          The assessment looks at you and your home, as it would for any carer, but it starts from
          the fact that you already know the child.
        </li>
        <li>
          You have 18 months after approval to complete the national training standards, with our
          help.
        </li>
      </ul>

      <h2>Support for you</h2>
      <p>
        Caring for a relative can be complicated. You may be worried about the child’s parents, or
        find yourself caught between people you love. Your {terms.supervisingSocialWorker} is there
        to help with all of it, and you are welcome on every course we run.
      </p>

      <h2>Thinking about the future</h2>
      <p>
        Some children stay with kinship carers until they grow up. For others, a special
        guardianship order or going home to their parents may be right. Children and young people
        are listened to at every step, because the choice is about their life.
      </p>
    </PublicPage>
  );
}
