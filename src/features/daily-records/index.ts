// What other features may use of the daily record.
export { dailyRecordRoutes } from './routes.tsx';
export { unacknowledgedReportsFor, type ReportPage } from './lists-service.ts';
export { ReportsCard } from './views/reports-card.tsx';
export { seedDemoDailyRecords } from './demo.ts';
export { OWN_RECORDS_PATH, REPORTS_PATH, TODAY_PATH, timelinePath } from './views/paths.ts';
