// What other parts may use of news and blogs.
export { seedDemoArticles } from './demo-articles.ts';
export { listLatestArticles, type ArticleTeaser } from './service.ts';
