import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import type { PermanencyView } from '../read-service.ts';
import { ConversationTimeline } from './conversation-timeline.tsx';
import { DriftSection } from './drift-section.tsx';
import { OptionsSection } from './options-section.tsx';
import { newConversationPath, newDecisionPath, newReviewPath } from './paths.ts';
import { ReviewsSection } from './reviews-section.tsx';
import { StandingSection } from './standing-section.tsx';

/**
 * A child's permanency planning, for staff and the carers the child lives with: where things
 * stand, whether anything is overdue, the reviews, the options, and every conversation in the
 * young person's own words.
 */
export function PermanencyPage({ context, view }: { context: PageContext; view: PermanencyView }) {
  const { child } = view;
  const locale = context.locale;
  return (
    <Page
      context={context}
      title={`Permanency: ${child.knownAs}`}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${child.id}`, label: child.fullName },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="permanency" />
      {view.abilities.canManage ? (
        <ul class="list-plain">
          <li>
            <a href={newConversationPath(child.id)}>Record a conversation</a>
          </li>
          <li>
            <a href={newDecisionPath(child.id)}>Record a decision</a>
          </li>
          <li>
            <a href={newReviewPath(child.id)}>Record a review</a>
          </li>
        </ul>
      ) : null}

      <section aria-labelledby="standing">
        <h2 id="standing">Where things stand</h2>
        <StandingSection view={view} locale={locale} />
      </section>

      <section aria-labelledby="drift">
        <h2 id="drift">What is due</h2>
        <DriftSection view={view} locale={locale} />
      </section>

      <section aria-labelledby="reviews">
        <h2 id="reviews">Looked-after reviews</h2>
        <ReviewsSection view={view} locale={locale} />
      </section>

      <section aria-labelledby="options">
        <h2 id="options">The options</h2>
        <OptionsSection view={view} />
      </section>

      <section aria-labelledby="conversations">
        <h2 id="conversations">Conversations with {child.knownAs}</h2>
        <ConversationTimeline
          conversations={view.conversations}
          knownAs={child.knownAs}
          locale={locale}
        />
      </section>
    </Page>
  );
}
