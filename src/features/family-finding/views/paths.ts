// Where family finding's pages live, and the map's pages they link back to.

/** A child's people: the map and list. */
export const peoplePath = (childId: string) => `/children/${childId}/people`;

/** One person on the child's map: the staff page. */
export const personPath = (childId: string, personId: string) =>
  `${peoplePath(childId)}/${personId}`;

/** The map's form for changing a person's details. */
export const editPersonPath = (childId: string, personId: string) =>
  `${personPath(childId, personId)}/edit`;

/** Where a step of family finding is posted. */
export const outreachPath = (childId: string, personId: string) =>
  `${personPath(childId, personId)}/outreach`;

/** A person's permanency pact. */
export const pactPath = (childId: string, personId: string) =>
  `${personPath(childId, personId)}/pact`;
