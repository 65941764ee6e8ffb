// What other features may use of children's records.
export {
  listChildren,
  readChild,
  type ChildList,
  type ChildListItem,
  type ChildRecord,
  type CurrentHome,
  type PastOrPresentHome,
} from './service.ts';
export { ZChildId } from './schemas.ts';
export { careTypeLabel, childName } from './views/words.ts';
export { NEEDS, NEED_CODES, isNeedCode, needLabel, skillLabel, type NeedCode } from './needs.ts';
export { ChildTabs, type ChildTab } from './views/child-tabs.tsx';
export { readChildRecord, type ChildFullRecord } from './record-service.ts';
export { DELEGATED_TOPICS, DECIDERS } from './relations-schemas.ts';
export { LEGAL_STATUSES } from './profile-schemas.ts';
