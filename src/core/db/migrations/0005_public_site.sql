-- The agency's public website: news and blog articles, visitors' cookie choices, and first-party
-- analytics recorded only for visitors who said yes to it.

-- Articles are written in Markdown by staff. A published article becomes public on its publish
-- date (a civil date in the agency's time zone), so an article can be scheduled ahead.
CREATE TABLE articles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  body_markdown text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'published')),
  publish_on date,
  author_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'draft' OR publish_on IS NOT NULL)
);
CREATE UNIQUE INDEX articles_slug_unique ON articles (slug);
CREATE INDEX articles_public ON articles (publish_on DESC) WHERE status = 'published';

CREATE TABLE article_tags (
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag text NOT NULL,
  PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag);

-- Each cookie choice a visitor makes, as proof of what they agreed to and when. The id is random
-- and also kept in the visitor's own consent cookie, so a later change can point to it. Nothing
-- here identifies a person: no address, no IP, no account.
CREATE TABLE consent_decisions (
  id text PRIMARY KEY,
  decided_at timestamptz NOT NULL,
  decision text NOT NULL CHECK (decision IN ('accepted', 'rejected', 'withdrawn')),
  categories text[] NOT NULL,
  policy_version text NOT NULL,
  replaces_id text
);
CREATE INDEX consent_decisions_at ON consent_decisions (decided_at);

-- Page views and steps towards getting in touch, from visitors who accepted analytics cookies.
-- The path has no query string, the referrer is kept as its host only, and the analytics id is a
-- random value from the visitor's own cookie.
CREATE TABLE analytics_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('page_view', 'funnel_step')),
  path text NOT NULL,
  referrer_host text,
  funnel_step text,
  analytics_id text NOT NULL,
  CHECK ((kind = 'funnel_step') = (funnel_step IS NOT NULL))
);
CREATE INDEX analytics_events_at ON analytics_events (at);
