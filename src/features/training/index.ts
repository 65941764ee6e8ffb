// What other parts may use of the carers' training programme.
export { seedDemoTraining } from './demo-training.ts';
export { checkClassroomSession } from './session-rules.ts';
export type { AreaCalendar, SessionCheck } from './session-rules.ts';
