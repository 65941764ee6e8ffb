// Three weeks in two homes, as the carers wrote them: Sam and Jess Okafor with Mia (9) and Jay
// (12) (demo-okafors.ts); Grace Mensah with her grandson Theo (6) (demo-mensahs.ts). Days are
// counted back from today.
import { JAY, MIA } from './demo-okafors.ts';
import { THEO } from './demo-mensahs.ts';
import type { DemoChildKey, DemoRecord } from './demo-record.ts';

/** Every record the demo writes, in no particular order. */
export const DEMO_RECORDS: readonly DemoRecord[] = [...MIA, ...JAY, ...THEO];

/** A word of encouragement from the worker on an ordinary day, so staff comments are not only about trouble. */
export const DEMO_LOG_COMMENTS: ReadonlyArray<{
  child: DemoChildKey;
  daysAgo: number;
  body: string;
}> = [
  {
    child: 'mia',
    daysAgo: 19,
    body: 'What a brilliant moment, well done Mia! I will tell her at my visit that I heard about it.',
  },
  { child: 'theo', daysAgo: 14, body: 'Lovely to read, Grace. Ten times is nothing: enjoy it!' },
];
