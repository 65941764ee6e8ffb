import { capitalise } from '../../../core/ui/terms.ts';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** The training programme for carers, when and where it runs, and the support around it. */
export function TrainingPage({ context }: { context: PublicContext }) {
  const { terms } = context.page;
  return (
    <PublicPage
      context={context}
      title="Training and support for carers"
      description={`Training for ${terms.fosterCarers} close to home, in school term only, from 10am to 2pm, with catch-up sessions and online learning, and a team that supports you every step of the way.`}
      path="/training-and-support"
    >
      <p class="lead">
        Good training helps you understand the children you care for, and feel confident when things
        get hard. Ours is built to fit around family life.
      </p>

      <h2>What you will learn</h2>
      <p>
        Our training is rooted in attachment and therapeutic care (read about{' '}
        <a href="/our-approach">our approach</a>). Courses cover:
      </p>
      <ul>
        <li>attachment, and understanding and managing behaviour;</li>
        <li>relationships, with children and with their families;</li>
        <li>keeping children safe (safeguarding);</li>
        <li>how children grow and develop;</li>
        <li>health and wellbeing;</li>
        <li>humanities, such as a child’s culture, faith and identity.</li>
      </ul>

      <h2>When and where courses run</h2>
      <ul>
        <li>
          <strong>Close to home.</strong> Courses run locally, in the areas where our carers live.
        </li>
        <li>
          <strong>In school term only.</strong> No courses in the school holidays, when children are
          at home.
        </li>
        <li>
          <strong>From 10am to 2pm.</strong> So you can drop children at school and be back to
          collect them.
        </li>
        <li>
          <strong>Catch-up sessions.</strong> If you miss a course, you can join a catch-up session
          instead.
        </li>
        <li>
          <strong>Online learning.</strong> E-learning courses let you learn more at home, at your
          own pace.
        </li>
      </ul>

      <h2>Before and after approval</h2>
      <p>
        Before you are approved, you join a preparation course called Skills to Foster. It tells you
        what fostering is really like, and lets you meet other people thinking about it.
      </p>
      <p>
        After approval, every new {terms.fosterCarer} in England works through a set of national
        standards for training and development within their first year. Family and friends carers
        have 18 months. We help you every step of the way, and two carers in one home can work
        through them together.
      </p>

      <h2>Support when you need it</h2>
      <p>
        Every household has its own {terms.supervisingSocialWorker}, sometimes called a link worker.
        They get to know your family, visit you regularly, and are there to talk things through.
        Behind them is a team of specialists in children’s care who can help with a child’s
        particular needs.
      </p>
      <p>
        {capitalise(terms.fosterCarers)} tell us that feeling part of the team matters as much as
        anything. We share what we know about a child before they come to you, and we listen to what
        you tell us about them.
      </p>
    </PublicPage>
  );
}
