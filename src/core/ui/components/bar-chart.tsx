// A horizontal bar chart drawn on the server as SVG: no script, no library, no stylesheet. There is
// no viewBox, so text keeps its size on a phone and on a wide screen alike; bar lengths are
// percentages of the width there is. The table beside each chart is the accessible source.

const ROW = 46;
const BAR_HEIGHT = 16;
const LABEL_SIZE = 15;
// The longest bar takes this share of the width, leaving room for its number after it.
const LONGEST_PERCENT = 80;
const BAR_COLOUR = '#1d5c4d';
const TEXT_COLOUR = '#1f2421';

export type Bar = { label: string; value: number; shown?: string };

/**
 * A labelled bar chart; its aria-label and title say what it shows, and an optional description
 * (an SVG desc) says where to find the numbers, for people who cannot see it. `largest` fixes the
 * scale (100 for percentages), so a chart of shares does not make the best share look full.
 */
export function BarChart(props: {
  label: string;
  bars: Bar[];
  description?: string;
  largest?: number;
}) {
  const largest = props.largest ?? Math.max(1, ...props.bars.map((bar) => bar.value));
  return (
    <svg
      class="bar-chart"
      role="img"
      aria-label={props.label}
      width="100%"
      height={props.bars.length * ROW + 4}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{props.label}</title>
      {props.description ? <desc>{props.description}</desc> : null}
      {props.bars.map((bar, index) => {
        const top = index * ROW;
        // A bar of nothing is still a sliver, so the row does not look forgotten.
        const percent = Math.max(0.5, (Math.min(bar.value, largest) / largest) * LONGEST_PERCENT);
        return (
          <g key={bar.label}>
            <text x="0" y={top + LABEL_SIZE} font-size={LABEL_SIZE} fill={TEXT_COLOUR}>
              {bar.label}
            </text>
            <rect x="0" y={top + 20} width={`${percent}%`} height={BAR_HEIGHT} fill={BAR_COLOUR} />
            <text
              x={`${percent}%`}
              dx="6"
              y={top + 20 + BAR_HEIGHT - 3}
              font-size={LABEL_SIZE}
              fill={TEXT_COLOUR}
            >
              {bar.shown ?? String(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
