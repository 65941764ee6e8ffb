import { Card } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { formatDate } from '../../../core/time/dates.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import type { ArticleTeaser } from '../../news/index.ts';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** The public front door: what fostering with the agency means, where to read more, latest news. */
export function HomePage(props: { context: PublicContext; latest: ArticleTeaser[] }) {
  const { context, latest } = props;
  const { terms, agencyName, locale } = context.page;
  return (
    <PublicPage
      context={context}
      title="Help a child feel safe, settled and loved"
      description={`${agencyName} is a fostering agency that puts children’s relationships first. Find out about fostering, kinship care, and the training and support our ${terms.fosterCarers} get.`}
      path="/"
      isWide
    >
      <p class="lead">
        Some children cannot live with their own family for a while. As a {terms.fosterCarer} with{' '}
        {agencyName}, you give a child a safe home, patience and kindness. We stand beside you all
        the way.
      </p>
      <p>
        <ButtonLink href="/fostering">Find out about fostering</ButtonLink>
        <ButtonLink href="/get-in-touch" variant="secondary">
          Talk to us
        </ButtonLink>
      </p>

      <h2 class="heading-l">Why people foster with us</h2>
      <div class="grid-3">
        <div>
          <h3 class="heading-m">Relationships come first</h3>
          <p>
            Children who have been hurt need to learn that grown-ups can be trusted. Everything we
            do is built around helping them feel safe with the people who care for them.
          </p>
        </div>
        <div>
          <h3 class="heading-m">You are never on your own</h3>
          <p>
            Your {terms.supervisingSocialWorker} gets to know your whole family and is there when
            you need them, with specialists in children’s care behind them.
          </p>
        </div>
        <div>
          <h3 class="heading-m">Training that fits family life</h3>
          <p>
            Courses are close to home, in school term only, between 10am and 2pm, so you can still
            do the school run.
          </p>
        </div>
      </div>

      <h2 class="heading-l">Find out more</h2>
      <div class="cards">
        <Card title="What fostering is" href="/fostering" headingLevel={3}>
          <p>Who can foster, the kinds of fostering, and the steps to becoming a carer.</p>
        </Card>
        <Card title="Attachment and our approach" href="/our-approach" headingLevel={3}>
          <p>Why close, steady relationships help children heal, and how we work.</p>
        </Card>
        <Card title="Training and support" href="/training-and-support" headingLevel={3}>
          <p>What you will learn, when courses run, and who supports you.</p>
        </Card>
        <Card title="Kinship care" href="/kinship-care" headingLevel={3}>
          <p>Caring for a child you already know, such as a grandchild, niece or nephew.</p>
        </Card>
        <Card title="Your questions answered" href="/questions" headingLevel={3}>
          <p>Short answers to what people ask us most.</p>
        </Card>
      </div>

      {latest.length > 0 ? (
        <>
          <h2 class="heading-l">Latest news and blogs</h2>
          <ul class="article-list">
            {latest.map((article) => (
              <li class="article-list__item" key={article.slug}>
                <h3 class="heading-m article-list__title">
                  <a href={`/news/${article.slug}`}>{article.title}</a>
                </h3>
                <p class="muted">{formatDate(article.publishOn, locale)}</p>
                <p>{article.summary}</p>
              </li>
            ))}
          </ul>
          <p>
            <a href="/news">All news and blogs</a>
          </p>
        </>
      ) : null}

      <h2 class="heading-l">Already with us?</h2>
      <p>
        {capitalise(terms.fosterCarers)}, families, young people and staff can{' '}
        <a href="/sign-in">sign in</a> to see what is happening and what is coming up.
      </p>
    </PublicPage>
  );
}
