// What other parts may use of the "my people" map.
export { myPeopleRoutes } from './routes.tsx';
export { seedDemoMyPeople } from './demo.ts';
export { EcoMap } from './views/eco-map.tsx';
export { PeopleList } from './views/people-list.tsx';
export { layoutEcoMap } from './eco-map-layout.ts';
export { OWN_PEOPLE_PATH, familyPeoplePath, peoplePath } from './words.ts';
