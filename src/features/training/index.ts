// What other parts may use of the carers' training programme.
export { seedDemoTraining } from './demo-training.ts';
export { seedDemoBookings } from './demo-bookings.ts';
export { seedDemoCompliance } from './demo-compliance.ts';
export { seedDemoElearning } from './elearning/index.ts';
export { trainingRecordPathFor } from './record-service.ts';
export { checkClassroomSession } from './session-rules.ts';
export type { AreaCalendar, SessionCheck } from './session-rules.ts';
export { summariseTrainingFor } from './compliance-service.ts';
export type { TrainingSummary } from './compliance-service.ts';
export { TrainingCard } from './views/training-card.tsx';
