// Fictional names and places for the demo agency. Families are drawn from the many backgrounds of
// a British town; every person, street, town and council here is made up.

/** Names that tend to go together in one family. */
export type NameGroup = {
  surnames: readonly string[];
  women: readonly string[];
  men: readonly string[];
  girls: readonly string[];
  boys: readonly string[];
};

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    surnames: ['Bennett', 'Whitaker', 'Carter', 'Harrison', 'Fletcher', 'Holloway', 'Marsh'],
    women: ['Ruth', 'Claire', 'Helen', 'Jo', 'Becky', 'Karen', 'Lucy', 'Sarah'],
    men: ['Dave', 'Mark', 'Steve', 'Rob', 'Paul', 'Chris', 'Ian', 'Gary'],
    girls: ['Poppy', 'Ellie', 'Ruby', 'Freya', 'Millie', 'Evie', 'Lacey', 'Summer'],
    boys: ['Alfie', 'Harvey', 'Tyler', 'Mason', 'Reggie', 'Callum', 'Oscar', 'Bailey'],
  },
  {
    surnames: ['Evans', 'Lloyd', 'Pritchard', 'Griffiths', 'Llewellyn', 'Powell'],
    women: ['Bronwen', 'Carys', 'Sian', 'Angharad', 'Nia'],
    men: ['Rhys', 'Gareth', 'Owen', 'Huw', 'Dylan'],
    girls: ['Seren', 'Cerys', 'Mali', 'Ffion'],
    boys: ['Osian', 'Ifan', 'Cai', 'Morgan'],
  },
  {
    surnames: ['MacLeod', 'Fraser', 'Robertson', 'Murray', 'Sinclair'],
    women: ['Catriona', 'Morag', 'Kirsty', 'Fiona', 'Eilidh'],
    men: ['Euan', 'Callum', 'Angus', 'Stuart', 'Alasdair'],
    girls: ['Isla', 'Skye', 'Orla', 'Iona'],
    boys: ['Finlay', 'Lewis', 'Rory', 'Harris'],
  },
  {
    surnames: ['Doyle', 'Byrne', 'Kelly', 'Murphy', 'Gallagher', 'Quinn'],
    women: ['Siobhan', 'Niamh', 'Aoife', 'Bernadette', 'Maeve'],
    men: ['Declan', 'Padraig', 'Conor', 'Sean', 'Kieran'],
    girls: ['Ciara', 'Roisin', 'Shannon', 'Erin'],
    boys: ['Cian', 'Oisin', 'Darragh', 'Ronan'],
  },
  {
    surnames: ['Okafor', 'Adeyemi', 'Nwosu', 'Eze', 'Adebayo', 'Okonkwo', 'Balogun'],
    women: ['Ifeoma', 'Ngozi', 'Funmi', 'Chioma', 'Bisi', 'Adaeze'],
    men: ['Chidi', 'Tunde', 'Emeka', 'Olu', 'Segun', 'Femi'],
    girls: ['Tobi', 'Amara', 'Zara', 'Ife', 'Chiamaka'],
    boys: ['Tobenna', 'David', 'Kayode', 'Daniel', 'Ebuka'],
  },
  {
    surnames: ['Mensah', 'Boateng', 'Owusu', 'Asante', 'Appiah', 'Darko'],
    women: ['Abena', 'Akosua', 'Efua', 'Adwoa', 'Grace'],
    men: ['Kwame', 'Kofi', 'Yaw', 'Kwesi', 'Samuel'],
    girls: ['Ama', 'Esi', 'Nana', 'Afia'],
    boys: ['Kojo', 'Kwabena', 'Theo', 'Jesse'],
  },
  {
    surnames: ['Campbell', 'Thompson', 'Grant', 'Francis', 'Clarke', 'Henry'],
    women: ['Marcia', 'Paulette', 'Simone', 'Yvonne', 'Denise', 'Cherelle'],
    men: ['Delroy', 'Winston', 'Andre', 'Leon', 'Clive', 'Marlon'],
    girls: ['Nia', 'Jasmine', 'Tia', 'Kiara', 'Aaliyah'],
    boys: ['Malachi', 'Rio', 'Darius', 'Kai', 'Jaden'],
  },
  {
    surnames: ['Ahmed', 'Hussain', 'Khan', 'Iqbal', 'Begum', 'Chowdhury', 'Rahman'],
    women: ['Fatima', 'Nadia', 'Shazia', 'Rukhsana', 'Yasmin', 'Halima'],
    men: ['Tariq', 'Imran', 'Yusuf', 'Asif', 'Zubair', 'Hamza'],
    girls: ['Aisha', 'Amira', 'Maryam', 'Hana', 'Inaya'],
    boys: ['Ibrahim', 'Musa', 'Ayaan', 'Zain', 'Rayyan'],
  },
  {
    surnames: ['Patel', 'Sharma', 'Singh', 'Kaur', 'Mistry', 'Gill'],
    women: ['Priya', 'Harpreet', 'Anjali', 'Kiran', 'Meena'],
    men: ['Rajesh', 'Sunil', 'Harjit', 'Vikram', 'Arun'],
    girls: ['Anaya', 'Simran', 'Diya', 'Maya'],
    boys: ['Arjun', 'Rohan', 'Jaspreet', 'Dev'],
  },
  {
    surnames: ['Nowak', 'Kaminski', 'Zielinski', 'Popescu', 'Dumitru'],
    women: ['Agnieszka', 'Magda', 'Ewa', 'Elena', 'Ioana'],
    men: ['Tomasz', 'Piotr', 'Marek', 'Mihai', 'Andrei'],
    girls: ['Oliwia', 'Zuzanna', 'Maja', 'Sofia'],
    boys: ['Kacper', 'Jakub', 'Filip', 'Luca'],
  },
  {
    surnames: ['Osman', 'Farah', 'Warsame', 'Hassan', 'Ali', 'Jama'],
    women: ['Hodan', 'Amina', 'Sahra', 'Faadumo'],
    men: ['Abdi', 'Mohamed', 'Ahmed', 'Hassan'],
    girls: ['Ayan', 'Hibo', 'Idil', 'Nasra'],
    boys: ['Abdirahman', 'Khalid', 'Yasin', 'Bilal'],
  },
  {
    surnames: ['Chen', 'Wong', 'Li', 'Nguyen', 'Tran'],
    women: ['Mei', 'Hui', 'Linh', 'Joy', 'Anna'],
    men: ['Wei', 'Jun', 'Minh', 'Kevin', 'Tony'],
    girls: ['Emily', 'Lily', 'Chloe', 'Vy'],
    boys: ['Ethan', 'Ryan', 'Leo', 'Bao'],
  },
  {
    surnames: ['Price', 'Walsh', 'Hughes', 'Parry', 'Shaw', 'Turner', 'Booth'],
    women: ['Dani', 'Leanne', 'Kerry', 'Stacey', 'Gemma', 'Nicola'],
    men: ['Lee', 'Craig', 'Darren', 'Jamie', 'Wayne', 'Dean'],
    girls: ['Mia', 'Layla', 'Lily-Mae', 'Keira', 'Jade', 'Amelia'],
    boys: ['Jayden', 'Logan', 'Riley', 'Kayden', 'Noah', 'Archie'],
  },
];

/** Names a child might be given that suit anyone; some of the demo's non-binary young people use them. */
export const OPEN_NAMES: readonly string[] = ['Charlie', 'Alex', 'Frankie', 'Sam', 'Jordan'];

/** The short names some children go by. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  Jayden: 'Jay',
  Kayden: 'Kay',
  Abdirahman: 'Abdi',
  Tobenna: 'Tobi',
  Chiamaka: 'Chi',
  Zuzanna: 'Zuzia',
  'Lily-Mae': 'Lily',
  Kwabena: 'Kobby',
  Jaspreet: 'Jas',
  Archie: 'Arch',
};

export const STREETS: readonly string[] = [
  'Willow Road',
  'Orchard Close',
  'Station Lane',
  'Mill Street',
  'Beech Avenue',
  'Kingfisher Way',
  'Church View',
  'Meadow Rise',
  'Canal Side',
  'Foundry Court',
  'Heather Drive',
  'Lark Hill',
  'Quarry Lane',
  'Primrose Terrace',
  'Chapel Row',
  'Weavers Walk',
  'Elm Grove',
  'Harbour Street',
  'Cedar Gardens',
  'Brook Crescent',
];

/**
 * The agency's areas, the fictional towns and villages in each, and roughly where each area's
 * middle is (a made-up Midlands-like region), for estimating distances.
 */
export const AREAS: readonly {
  name: string;
  towns: readonly string[];
  latitude: number;
  longitude: number;
}[] = [
  {
    name: 'Northfield',
    towns: ['Northfield', 'Ashby Cross', 'Fellbeck'],
    latitude: 52.52,
    longitude: -1.9,
  },
  {
    name: 'Riverside',
    towns: ['Riverside', 'Kingsford', 'Wharton Quay'],
    latitude: 52.45,
    longitude: -1.95,
  },
  {
    name: 'Eastbrook',
    towns: ['Eastbrook', 'Cray Green', 'Saltmoor'],
    latitude: 52.48,
    longitude: -1.78,
  },
  {
    name: 'Hillcrest',
    towns: ['Hillcrest', 'Upper Thorne', 'Bramleigh'],
    latitude: 52.4,
    longitude: -1.85,
  },
];

/** The councils that place children with the agency (all made up). */
export const PLACING_AUTHORITIES: readonly string[] = [
  'Brightwater City Council',
  'Northshire County Council',
  'Westmere Borough Council',
  'Ravensmere Council',
  'Ashdown Vale County Council',
];

export const LEGAL_STATUSES = {
  careOrder: 'Care order (s31)',
  interimCareOrder: 'Interim care order (s38)',
  accommodated: 'Accommodated (s20)',
  remanded: 'Remanded to local authority accommodation',
} as const;

/** Why a child moved on to another home. */
export const MOVE_REASONS: readonly string[] = [
  'Planned move to a long-term home',
  'Moved to live with a brother or sister',
  'Moved nearer to school and family',
  'The carers’ circumstances changed',
  'Emergency stay ended as planned',
  'The home was no longer able to meet the child’s needs',
];

/** Why a child's time in the agency's care came to an end. */
export const LEAVING_REASONS: readonly string[] = [
  'Returned home to family',
  'Special guardianship order granted to an aunt',
  'Adopted',
  'Moved to supported lodgings',
  'Returned home to family with a support plan',
];
