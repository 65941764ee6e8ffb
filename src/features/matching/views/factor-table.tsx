import { Table } from '../../../core/ui/components/content.tsx';
import { FACTOR_WORDS } from '../factors.ts';
import type { MatchScore } from '../match-score.ts';
import { formatPoints } from '../words.ts';

/** Each factor of one household's score: what it is, why, and the points it gave. */
export function FactorTable(props: { score: MatchScore; caption: string }) {
  return (
    <Table
      caption={props.caption}
      columns={[
        { heading: 'Factor', cell: (row) => FACTOR_WORDS[row.factor].name },
        { heading: 'Why', cell: (row) => row.sentence },
        {
          heading: 'Points',
          isNumeric: true,
          cell: (row) => `${formatPoints(row.points)} of ${formatPoints(row.maxPoints)}`,
        },
      ]}
      rows={props.score.factors}
    />
  );
}

/** A score as a number and a bar; the number is what is read, the bar only shows it. */
export function ScoreBar(props: { total: number }) {
  const rounded = Math.round(props.total);
  return (
    <p class="score">
      <strong>Score {rounded} out of 100</strong>{' '}
      <meter min={0} max={100} value={rounded} aria-hidden="true" />
    </p>
  );
}
