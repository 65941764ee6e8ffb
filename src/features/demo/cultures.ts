// The backgrounds behind each group of names: how a family might describe its ethnicity, the
// faiths and languages likely in the home, and a line about its traditions. Made up, and meant
// to show the range of a British town rather than to say anything about anyone.
import { NAME_GROUPS, type NameGroup } from './names.ts';

export type Culture = {
  ethnicity: string;
  faiths: readonly string[];
  /** Languages spoken besides English (none for many families). */
  languages: readonly string[];
  traditions: readonly string[];
};

// Keyed by each name group's first surname, in the order of NAME_GROUPS.
const CULTURES: Readonly<Record<string, Culture>> = {
  Bennett: {
    ethnicity: 'White British',
    faiths: ['No religion', 'Christian (Church of England)', 'Christian'],
    languages: [],
    traditions: ['Sunday roast with the grandparents', 'Bonfire night on the allotment'],
  },
  Evans: {
    ethnicity: 'White Welsh',
    faiths: ['Christian (Methodist chapel)', 'No religion'],
    languages: ['Welsh'],
    traditions: ['Welsh spoken with Nain and Taid', 'The Eisteddfod every summer'],
  },
  MacLeod: {
    ethnicity: 'White Scottish',
    faiths: ['Church of Scotland', 'No religion'],
    languages: [],
    traditions: ['Burns night with the cousins', 'Summers on the island with family'],
  },
  Doyle: {
    ethnicity: 'White Irish',
    faiths: ['Roman Catholic'],
    languages: [],
    traditions: ['Mass on Sundays and a big family St Patrick’s Day', 'Irish dancing club'],
  },
  Okafor: {
    ethnicity: 'Black British (Nigerian)',
    faiths: ['Christian (Pentecostal)', 'Roman Catholic'],
    languages: ['Yoruba', 'Igbo'],
    traditions: ['Church on Sunday and jollof at every party', 'Family from Lagos visit often'],
  },
  Mensah: {
    ethnicity: 'Black British (Ghanaian)',
    faiths: ['Christian (Methodist)', 'Christian (Pentecostal)'],
    languages: ['Twi'],
    traditions: ['Church choir and Ghanaian cooking', 'Twi spoken with the grandparents'],
  },
  Campbell: {
    ethnicity: 'Black British (Caribbean)',
    faiths: ['Christian', 'No religion', 'Christian (Seventh-day Adventist)'],
    languages: [],
    traditions: ['Carnival every August', 'Sunday dinner with rice and peas'],
  },
  Ahmed: {
    ethnicity: 'British Pakistani',
    faiths: ['Muslim'],
    languages: ['Urdu', 'Punjabi', 'Arabic'],
    traditions: ['Eid with the whole family', 'Mosque school after school on weekdays'],
  },
  Patel: {
    ethnicity: 'British Indian',
    faiths: ['Sikh', 'Hindu'],
    languages: ['Punjabi', 'Gujarati'],
    traditions: ['Diwali and Vaisakhi celebrated with family', 'Gurdwara on Sundays'],
  },
  Nowak: {
    ethnicity: 'White Polish',
    faiths: ['Roman Catholic'],
    languages: ['Polish'],
    traditions: ['Wigilia on Christmas Eve', 'Polish Saturday school'],
  },
  Osman: {
    ethnicity: 'Black British (Somali)',
    faiths: ['Muslim'],
    languages: ['Somali', 'Arabic'],
    traditions: ['Eid and Ramadan kept together', 'Somali spoken at home'],
  },
  Chen: {
    ethnicity: 'British Chinese',
    faiths: ['No religion', 'Buddhist', 'Christian'],
    languages: ['Cantonese'],
    traditions: ['Lunar New Year with family', 'Sunday dim sum with the grandparents'],
  },
  Price: {
    ethnicity: 'White British',
    faiths: ['No religion', 'Christian'],
    languages: [],
    traditions: ['Football on Saturdays', 'Caravan holidays by the sea'],
  },
};

/** The background that goes with a group of names. */
export function cultureOf(group: NameGroup): Culture {
  const culture = CULTURES[group.surnames[0] ?? ''];
  if (!culture) throw new Error(`no culture for the names of ${group.surnames[0]}`);
  return culture;
}

/** The group a family name belongs to (the demo's surnames each belong to one group). */
export function groupOfSurname(lastName: string): NameGroup {
  return NAME_GROUPS.find((group) => group.surnames.includes(lastName)) ?? NAME_GROUPS[0]!;
}
