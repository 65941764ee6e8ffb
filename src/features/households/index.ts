// What other features may use of households.
export {
  listHouseholds,
  readHousehold,
  type HouseholdList,
  type HouseholdListItem,
  type HouseholdRecord,
} from './service.ts';
export { HOUSEHOLD_STATUSES, ZHouseholdStatusFilter, type HouseholdStatus } from './schemas.ts';
export { vacanciesOf, describeVacancies } from './vacancies.ts';
export {
  HOUSEHOLD_RULES,
  CHECK_KINDS,
  checkStanding,
  defaultRenewBy,
  type CheckKind,
  type CheckStanding,
} from './check-rules.ts';
