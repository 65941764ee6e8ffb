// The addresses of e-learning: carers take modules under /training/e-learning, staff write them
// under /training/e-learning/manage.
export const ELEARNING_PATH = '/training/e-learning';
export const MANAGE_ELEARNING_PATH = '/training/e-learning/manage';
export const NEW_MODULE_PATH = '/training/e-learning/manage/new';

/** A module's overview, with Start or Continue. */
export const modulePath = (moduleId: string) => `${ELEARNING_PATH}/${moduleId}`;

/** One page of a module, from 1. */
export const pagePath = (moduleId: string, position: number) =>
  `${ELEARNING_PATH}/${moduleId}/pages/${position}`;

/** A module's knowledge check. */
export const checkPath = (moduleId: string) => `${ELEARNING_PATH}/${moduleId}/check`;

/** How the latest knowledge check went. */
export const resultPath = (moduleId: string) => `${ELEARNING_PATH}/${moduleId}/check/result`;

/** A module as its authors see it: its pages and questions, and forms to add more. */
export const manageModulePath = (moduleId: string) => `${MANAGE_ELEARNING_PATH}/${moduleId}`;

/** Where the form adding a page posts. */
export const addPagePath = (moduleId: string) => `${MANAGE_ELEARNING_PATH}/${moduleId}/pages`;

/** Where the form adding a question posts. */
export const addQuestionPath = (moduleId: string) =>
  `${MANAGE_ELEARNING_PATH}/${moduleId}/questions`;

/** Where publishing and unpublishing posts. */
export const publishPath = (moduleId: string) => `${MANAGE_ELEARNING_PATH}/${moduleId}/publish`;
