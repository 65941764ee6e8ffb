// What other features may use of households.
export {
  listHouseholds,
  readHousehold,
  type HouseholdList,
  type HouseholdListItem,
  type HouseholdRecord,
} from './service.ts';
export { HOUSEHOLD_STATUSES, ZHouseholdStatusFilter, type HouseholdStatus } from './schemas.ts';
