// What other features may use of the life story.
export { lifeStoryRoutes } from './routes.tsx';
export { seedDemoLifeStory } from './demo.ts';
export { MY_STORY_PATH, familyStoryPath, storyPath } from './views/paths.ts';
