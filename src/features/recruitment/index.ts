// What other features may use of recruitment.
export { recordEnquiry, type NewEnquiry } from './enquiries.ts';
export {
  getRecruitmentWorklist,
  type RecruitmentWorklist,
  type WorkItem,
} from './worklist-service.ts';
export { seedDemoRecruitment } from './demo-seed.ts';
export { RecruitmentCard, RecruitmentWorklistSection } from './views/worklist.tsx';
