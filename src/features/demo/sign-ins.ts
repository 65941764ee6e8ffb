// The sign-ins printed at start-up, each saying who the person is, from the generated data itself.
import type { Home, PlacedChild } from './draft.ts';
import type { Featured } from './featured.ts';
import type { Staff } from './staff.ts';
import type { DemoAgency, DemoSignIn, DemoUser } from './types.ts';

type SignIn = Omit<DemoSignIn, 'password'>;

/** One sign-in per role, staff first, each described in a line. */
export function describeSignIns(agency: DemoAgency, staff: Staff, featured: Featured): SignIn[] {
  const [worker] = staff.workers;
  const allocated = agency.households.filter(
    (household) => household.supervisingWorkerId === worker.id,
  ).length;
  const applicants = agency.households.filter(
    (household) => household.status === 'applicant',
  ).length;
  const { fosterHome, teenHome, mia, jay, zara, theo } = featured;
  return [
    signIn(staff.administrator, 'administrator: accounts and agency settings'),
    signIn(staff.manager, 'registered manager: sees the whole agency'),
    signIn(
      worker,
      `supervising social worker for ${allocated} households, the ${familyName(fosterHome)}s and the ${familyName(teenHome)}s among them`,
    ),
    signIn(staff.training, 'training coordinator'),
    signIn(staff.recruitment, `recruitment officer; ${applicants} households are applying`),
    signIn(
      featured.fosterCarer,
      `foster carer with ${firstNames(fosterHome).slice(1).join(' and ')}; ${callAged(mia)} and ${callAged(jay)} live here`,
    ),
    signIn(featured.kinshipCarer, `kinship carer; her grandson ${callAged(theo)} lives with her`),
    signIn(
      featured.birthParent,
      `${call(mia)}'s mum; ${callAged(mia)} lives with foster carers whose address is kept private`,
    ),
    {
      role: featured.youngPerson.role,
      email: featured.youngPerson.email,
      description: `${featured.youngPerson.name} (${zara.age}), young person; lives with ${firstNames(teenHome).join(' and ')} ${familyName(teenHome)}`,
    },
  ];
}

function signIn(user: DemoUser, who: string): SignIn {
  return { role: user.role, email: user.email, description: `${user.name}, ${who}` };
}

function firstNames(home: Home): string[] {
  return home.carers.map((carer) => carer.name.firstName);
}

function familyName(home: Home): string {
  return home.carers[0]?.name.lastName ?? '';
}

function call(placed: PlacedChild): string {
  return placed.child.preferredName ?? placed.child.firstName;
}

function callAged(placed: PlacedChild): string {
  return `${call(placed)} (${placed.age})`;
}
