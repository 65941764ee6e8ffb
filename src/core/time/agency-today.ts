import type { Db } from '../db/connect.ts';
import { getAgencySettings } from '../settings.ts';
import { todayIn } from './dates.ts';

/** Today's date (YYYY-MM-DD) in the agency's time zone: the day its people are living. */
export async function agencyToday(db: Db, now: Date): Promise<string> {
  const { timeZone } = await getAgencySettings(db);
  return todayIn(timeZone, now);
}
