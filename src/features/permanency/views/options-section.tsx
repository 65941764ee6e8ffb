import { PERMANENCY_OPTIONS } from '../../belonging/vocabulary.ts';
import type { PermanencyView } from '../read-service.ts';
import { OPTION_EXPLAINED } from '../words.ts';

const times = (count: number) =>
  count === 0
    ? 'Not talked about yet'
    : `Talked about in ${count} conversation${count === 1 ? '' : 's'}`;

/** Each option in plain words, with how many conversations with the young person touched it. */
export function OptionsSection(props: { view: PermanencyView }) {
  return (
    <dl class="summary-list">
      {PERMANENCY_OPTIONS.map((option) => (
        <div class="summary-list__row" key={option.code}>
          <dt class="summary-list__key">{option.label}</dt>
          <dd class="summary-list__value">
            <p>{OPTION_EXPLAINED[option.code]}</p>
            <p class="muted">{times(props.view.optionCounts[option.code])}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
