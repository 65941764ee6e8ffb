export const TRAINING_PATH = '/training';
export const SESSIONS_PATH = '/training/sessions';
export const NEW_SESSION_PATH = '/training/sessions/new';
export const TERMS_PATH = '/training/terms';
