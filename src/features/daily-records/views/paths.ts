// The daily record's addresses, in one place so links and routes agree.

/** The carer's page of children at home today (staff are sent on to the reports). */
export const TODAY_PATH = '/daily-records';

/** What a carer has written, across children and homes. */
export const OWN_RECORDS_PATH = '/daily-records/mine';

/** Events and incidents waiting for staff to acknowledge them. */
export const REPORTS_PATH = '/daily-records/reports';

/** A child's timeline. */
export function timelinePath(childId: string): string {
  return `/children/${childId}/daily-records`;
}

/** The form for a new record about a child. */
export function newRecordPath(childId: string): string {
  return `${timelinePath(childId)}/new`;
}

/** One record. */
export function recordPath(id: string): string {
  return `/daily-records/${id}`;
}
