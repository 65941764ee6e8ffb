export const TRAINING_PATH = '/training';
export const SESSIONS_PATH = '/training/sessions';
export const NEW_SESSION_PATH = '/training/sessions/new';
export const TERMS_PATH = '/training/terms';
export const MY_TRAINING_PATH = '/training/mine';
export const MY_FEED_PATH = '/training/mine/calendar-feed';
export const CATCH_UPS_PATH = '/training/catch-ups';

/** A course's upcoming sessions, to book a place. */
export const courseSessionsPath = (courseId: string) => `/training/courses/${courseId}/sessions`;
/** One session as the staff running it see it: who is booked and who is waiting. */
export const sessionPath = (sessionId: string) => `/training/sessions/${sessionId}`;
/** Where a carer's place on a session is booked. */
export const bookSessionPath = (sessionId: string) => `/training/sessions/${sessionId}/book`;
/** A session's register. */
export const registerPath = (sessionId: string) => `/training/sessions/${sessionId}/register`;
/** Where cancelling a place (or leaving a waiting list) is confirmed. */
export const cancelBookingPath = (bookingId: string) => `/training/bookings/${bookingId}/cancel`;
/** A person's secret calendar address. */
export const calendarFeedPath = (token: string) => `/training/calendar/${token}.ics`;
export const NEW_COURSE_PATH = '/training/courses/new';
export const VENUES_PATH = '/training/venues';
export const NEW_VENUE_PATH = '/training/venues/new';
export const TERMS_IMPORT_PATH = '/training/terms/import';
export const TERMS_IMPORT_CONFIRM_PATH = '/training/terms/import/confirm';
export const EXAMPLE_CSV_PATH = '/training/terms/import/example.csv';
export const EXAMPLE_ICS_PATH = '/training/terms/import/example.ics';

/** Where a course from the catalogue is changed. */
export const editCoursePath = (courseId: string) => `/training/courses/${courseId}/edit`;
/** Where a venue is changed. */
export const editVenuePath = (venueId: string) => `/training/venues/${venueId}/edit`;
/** Where a term is added to one area's calendar. */
export const newTermPath = (areaId: string) => `/training/terms/${areaId}/new-term`;
/** Where a half-term or inset day is added to one area's calendar. */
export const newClosurePath = (areaId: string) => `/training/terms/${areaId}/new-closure`;
/** Where removing a term is confirmed. */
export const removeTermPath = (termId: string) => `/training/terms/term/${termId}/remove`;
/** Where removing a half-term or inset day is confirmed. */
export const removeClosurePath = (closureId: string) =>
  `/training/terms/closure/${closureId}/remove`;
export const CARERS_PATH = '/training/carers';
export const COMPLIANCE_PATH = '/training/compliance';
export const COMPLIANCE_CSV_PATH = '/training/compliance.csv';

/** A carer's training record. */
export const carerRecordPath = (carerId: string) => `/training/carers/${carerId}`;

/** Where staff record a course a carer completed elsewhere. */
export const carerCompletionsPath = (carerId: string) => `/training/carers/${carerId}/completions`;

/** Where the supervising social worker signs off a standard. */
export const carerSignOffPath = (carerId: string) => `/training/carers/${carerId}/tsds`;

/** A household's training standards workbook: its carers side by side. */
export const workbookPath = (householdId: string) => `/training/households/${householdId}/workbook`;

/** The certificate of one completed course. */
export const certificatePath = (completionId: string) =>
  `/training/completions/${completionId}/certificate.pdf`;
