import { formatDate } from '../../../core/time/dates.ts';
import { BarChart } from '../../../core/ui/components/bar-chart.tsx';
import { Card, Table } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { END_REASON_KINDS, endReasonLabel } from '../../placements/index.ts';
import type { StabilityReport } from '../service.ts';
import type { EndingCounts, MatchingOutcome, Share } from '../stability-figures.ts';
import { shareOf } from '../stability-figures.ts';

type Kind = keyof EndingCounts;
const KINDS: Kind[] = [...END_REASON_KINDS, 'not_recorded'];

const percent = (share: Share) => (share.percent === null ? '–' : `${share.percent}%`);
const counted = (share: Share) => `${share.count} of ${share.of}`;

function Source(props: { citation: string }) {
  return (
    <details class="why-due">
      <summary>Where this measure comes from</summary>
      <p class="muted">{props.citation}.</p>
    </details>
  );
}

/** The agency's stability figures, each with its number, its share, and the rule it follows. */
export function StabilityPage(props: { context: PageContext; report: StabilityReport }) {
  const { context, report } = props;
  const { figures, rules } = report;
  const locale = context.locale;
  const many = rules.manyMoves.placements;
  const long = rules.longTermStability;
  return (
    <Page context={context} title="How settled our children are">
      <p class="lead">
        The year from {formatDate(figures.yearFrom, locale)} to today, counted from placements with
        our own households.
      </p>
      <div class="cards">
        <Card title={`${many} or more placements in the year`}>
          <span class="figure">{percent(figures.manyMoves)}</span>
          <p class="muted">
            {counted(figures.manyMoves)} children in care during the year had {many} or more
            placements.
          </p>
          <Source citation={rules.manyMoves.citation} />
        </Card>
        <Card title={`In the same home for ${long.monthsInSamePlacement / 12} years or more`}>
          <span class="figure">{percent(figures.longTermStability)}</span>
          <p class="muted">
            {counted(figures.longTermStability)} children under {long.underAge} in care for{' '}
            {long.monthsInCare / 12} years or more have lived in the same home for{' '}
            {long.monthsInSamePlacement / 12} years or more.
          </p>
          <Source citation={long.citation} />
        </Card>
      </div>
      <HeadlineChart report={report} />
      <ManyMovesList report={report} />
      <Endings report={report} />
      <Matching report={report} />
    </Page>
  );
}

function HeadlineChart({ report }: { report: StabilityReport }) {
  const { figures, rules } = report;
  const rows = [
    {
      label: `${rules.manyMoves.placements} or more placements in the year`,
      share: figures.manyMoves,
    },
    {
      label: `Same home for ${rules.longTermStability.monthsInSamePlacement / 12} years or more`,
      share: figures.longTermStability,
    },
  ];
  return (
    <>
      <h2 class="heading-l">The two measures</h2>
      <BarChart
        label={`England’s two stability measures: ${rows.map((row) => `${row.label} ${percent(row.share)}`).join(', ')}.`}
        description="The table below gives the numbers."
        largest={100}
        bars={rows.map((row) => ({
          label: row.label,
          value: row.share.percent ?? 0,
          shown: `${percent(row.share)} (${counted(row.share)})`,
        }))}
      />
      <Table
        caption="England’s two stability measures for our children"
        rows={rows}
        columns={[
          { heading: 'Measure', cell: (row) => row.label },
          { heading: 'Children', cell: (row) => row.share.count, isNumeric: true },
          { heading: 'Out of', cell: (row) => row.share.of, isNumeric: true },
          { heading: 'Share', cell: (row) => percent(row.share), isNumeric: true },
        ]}
      />
    </>
  );
}

function ManyMovesList({ report }: { report: StabilityReport }) {
  const { figures, rules, manyMoveChildren } = report;
  const hidden = figures.manyMoves.count - manyMoveChildren.length;
  return (
    <>
      <h2 class="heading-l">
        Children with {rules.manyMoves.placements} or more placements this year
      </h2>
      <Table
        caption={`Children with ${rules.manyMoves.placements} or more placements in the last 12 months`}
        captionHidden
        rows={manyMoveChildren}
        empty={
          figures.manyMoves.count === 0
            ? `No child has had ${rules.manyMoves.placements} or more placements this year.`
            : 'None of them lives in a household you work with.'
        }
        columns={[
          {
            heading: 'Child',
            cell: (row) => <a href={`/children/${row.id}/placements`}>{row.name}</a>,
          },
          { heading: 'Placements this year', cell: (row) => row.placements, isNumeric: true },
        ]}
      />
      {hidden > 0 && manyMoveChildren.length > 0 ? (
        <p class="muted">
          {hidden} more {hidden === 1 ? 'child lives' : 'children live'} in households you do not
          work with.
        </p>
      ) : null}
    </>
  );
}

function Endings({ report }: { report: StabilityReport }) {
  const { endings } = report.figures;
  const rows = KINDS.map((kind) => ({
    kind,
    share: shareOf(endings.byReason[kind], endings.total),
  })).filter((row) => row.kind !== 'not_recorded' || row.share.count > 0);
  return (
    <>
      <h2 class="heading-l">Why placements ended this year</h2>
      <p>{endings.total} placements ended in the last 12 months.</p>
      <BarChart
        label={`Placements ended in the last 12 months, by why: ${rows.map((row) => `${endReasonLabel(row.kind)} ${row.share.count}`).join(', ')}.`}
        description="The table below gives the numbers."
        bars={rows.map((row) => ({
          label: endReasonLabel(row.kind),
          value: row.share.count,
          shown: `${row.share.count} (${percent(row.share)})`,
        }))}
      />
      <Table
        caption="Placements ended in the last 12 months, by why"
        rows={rows}
        columns={[
          { heading: 'Why it ended', cell: (row) => endReasonLabel(row.kind) },
          { heading: 'Placements', cell: (row) => row.share.count, isNumeric: true },
          { heading: 'Share', cell: (row) => percent(row.share), isNumeric: true },
        ]}
      />
    </>
  );
}

type OutcomeRow = { label: string; followed: Share; overrode: Share };

function outcomeRows(followed: MatchingOutcome, overrode: MatchingOutcome): OutcomeRow[] {
  const still = {
    label: 'Still going',
    followed: shareOf(followed.stillGoing, followed.placements),
    overrode: shareOf(overrode.stillGoing, overrode.placements),
  };
  const ended = KINDS.map((kind) => ({
    label: `Ended: ${endReasonLabel(kind)}`,
    followed: shareOf(followed.endings[kind], followed.placements),
    overrode: shareOf(overrode.endings[kind], overrode.placements),
  })).filter((row) => row.followed.count > 0 || row.overrode.count > 0);
  return [still, ...ended];
}

function Matching({ report }: { report: StabilityReport }) {
  const { followed, overrode } = report.figures.matching;
  const rows = outcomeRows(followed, overrode);
  const cell = (share: Share) => `${share.count} (${percent(share)})`;
  const disruption = (outcome: MatchingOutcome) =>
    shareOf(outcome.endings.disruption, outcome.placements);
  const bars = [
    { label: 'Followed the ranking: still going', share: rows[0]!.followed },
    { label: 'Followed the ranking: unplanned ending', share: disruption(followed) },
    { label: 'Chose another household: still going', share: rows[0]!.overrode },
    { label: 'Chose another household: unplanned ending', share: disruption(overrode) },
  ];
  return (
    <>
      <h2 class="heading-l">Matching: what became of the placements</h2>
      <p>
        Placements that came from a matching decision: {followed.placements} where the worker chose
        the household ranked first, {overrode.placements} where they chose another. Matching is
        decision support; these outcomes show how well the ranking serves children.
      </p>
      {followed.placements + overrode.placements === 0 ? (
        <p class="empty">No placement has come from a matching decision yet.</p>
      ) : (
        <>
          <BarChart
            label={`Outcomes of placements from matching: ${bars.map((bar) => `${bar.label} ${percent(bar.share)}`).join(', ')}.`}
            description="The table below gives the numbers."
            largest={100}
            bars={bars.map((bar) => ({
              label: bar.label,
              value: bar.share.percent ?? 0,
              shown: `${percent(bar.share)} (${counted(bar.share)})`,
            }))}
          />
          <Table
            caption="Outcomes of placements that followed the ranking and that chose another household"
            rows={rows}
            columns={[
              { heading: 'Outcome', cell: (row) => row.label },
              {
                heading: 'Followed the ranking',
                cell: (row) => cell(row.followed),
                isNumeric: true,
              },
              {
                heading: 'Chose another household',
                cell: (row) => cell(row.overrode),
                isNumeric: true,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
