// The people the demo agency is recruiting.
import type { EnquirySource } from '../../core/db/tables.ts';
import type { RecruitmentStage } from './stages.ts';

/** Someone in the demo: name, where they are, how they came, and how many days ago they enquired. */
export type Person = [
  first: string,
  last: string,
  stage: RecruitmentStage,
  source: EnquirySource,
  daysAgo: number,
];

// Who, where they are, how they came, and how many days ago they enquired. The first two
// enquiries and the first initial conversation are overdue; so is the Stage 2 applied long ago.
export const PEOPLE: Person[] = [
  ['Aisha', 'Rahman', 'enquiry', 'enquiry_form', 7],
  ['Tom', 'Whitaker', 'enquiry', 'call_back', 8],
  ['Grace', 'Adeyemi', 'enquiry', 'information_pack', 0],
  ['Owen', 'Price', 'enquiry', 'eligibility_check', 1],
  ['Mei', 'Chen', 'enquiry', 'information_event', 2],
  ['Daniel', 'Murphy', 'initial_conversation', 'phone', 20],
  ['Fatima', 'Begum', 'initial_conversation', 'word_of_mouth', 9],
  ['Rhys', 'Evans', 'initial_conversation', 'enquiry_form', 6],
  ['Sophie', 'Turner', 'home_visit', 'information_event', 30],
  ['Kwame', 'Mensah', 'home_visit', 'call_back', 26],
  ['Hannah', 'Byrne', 'application', 'enquiry_form', 45],
  ['Luca', 'Romano', 'application', 'other', 50],
  ['Priti', 'Desai', 'stage_one', 'information_pack', 80],
  ['James', 'Okafor', 'stage_one', 'enquiry_form', 95],
  ['Eleanor', 'Hughes', 'stage_one', 'word_of_mouth', 110],
  ['Marcus', 'Bell', 'stage_two', 'phone', 300],
  ['Nadia', 'Kowalczyk', 'stage_two', 'information_event', 170],
  ['Ben', 'Carter', 'panel', 'enquiry_form', 210],
  ['Yasmin', 'Ali', 'panel', 'call_back', 200],
  ['Chloe', 'Davies', 'agency_decision', 'information_pack', 230],
  ['Patrick', 'Walsh', 'approved', 'word_of_mouth', 260],
  ['Zara', 'Hussain', 'approved', 'enquiry_form', 250],
  ['Liam', 'Foster', 'withdrawn', 'call_back', 60],
  ['Ruth', 'Campbell', 'withdrawn', 'eligibility_check', 120],
  ['Sean', 'Doyle', 'not_approved', 'phone', 240],
];
