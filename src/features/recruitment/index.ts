// What other features may use of recruitment.
export { recordEnquiry, type NewEnquiry } from './enquiries.ts';
