import type { DemoModule } from './types.ts';

/** Children's health in foster care: assessments, emotional wellbeing, medicines and consent. */
export const HEALTH_AT_HOME: DemoModule = {
  title: 'Health and wellbeing at home',
  summary:
    'Looking after a child’s physical and emotional health: the health checks children in care have, noticing when a child is struggling, and medicines and consent.',
  course: { title: 'Health and wellbeing', role: 'completes' },
  passMark: 75,
  estimatedMinutes: 45,
  pages: [
    {
      title: 'Health checks for children in care',
      body: `Many children come into care with health needs that have been missed: vaccinations not given, teeth never checked, glasses never prescribed. Part of your role is helping them catch up.

Every child in care in England has:

- **an initial health assessment** by a doctor, which should happen within 20 working days of the child coming into care, so that it can inform their first review;
- **review health assessments**: every six months for children under five, and every year after that;
- **a health plan**, drawn up from the assessment, saying what the child needs and who will do it.

As the child’s carer you will usually:

- register the child with a GP and a dentist near you, and book eye tests;
- take them to appointments and help them say what they want to say;
- keep a note of every appointment, result and vaccination, and pass on anything important to the child’s social worker.

Older children should be involved in their own health as much as they can be. A young person leaving care will need to know their medical history, and you can help them learn it.`,
    },
    {
      title: 'Emotional and mental health',
      body: `Children in care are more likely than other children to struggle with their mental health. Many have lived through frightening things, and all of them have lost people and places they knew.

Each year, for children aged 4 to 16, you will be asked to fill in a **Strengths and Difficulties Questionnaire (SDQ)**. It is a short set of questions about the child’s feelings, behaviour and friendships. The scores help the child’s social worker see whether more support is needed. Answer honestly: it is not a test of your care.

Day to day, notice changes such as:

- sleeping much more or much less, or nightmares;
- eating much more or much less;
- pulling away from friends or things they used to enjoy;
- talking about feeling hopeless, or hurting themselves.

If you are worried, talk to your supervising social worker and the child’s social worker. They can ask for help from child and adolescent mental health services and other support. If a child is at immediate risk of harming themselves, call 999 or go to A&E.

Write down what you notice, with dates. A pattern over several weeks can be very helpful to the professionals who assess the child.`,
    },
    {
      title: 'Medicines and consent',
      body: `**Consent.** As a foster carer you do not automatically have parental responsibility for the child. Who can agree to what depends on the child’s legal status. The decisions you may make on your own, day to day, are called **delegated authority**. They should be written in the child’s placement plan. Ask the child’s social worker when you first meet them, so you know before a crisis:

- can you agree to routine treatment, such as a filling or a vaccination?
- can the child go on a school trip, have a haircut or stay overnight with a friend?
- who should be called, and how, if the child needs emergency treatment?

**Medicines.**

- Keep all medicines, including over-the-counter ones, locked away.
- Only give prescribed medicine to the child it was prescribed for, as the label says.
- Record every dose you give: the medicine, the amount, the date and time, and who gave it. Record doses refused or missed too.
- Check the agency’s policy before giving remedies bought over the counter.
- Young people who manage their own medicine still need an adult who checks in with them.

Good health records are part of the child’s story, just like the daily log.`,
    },
  ],
  questions: [
    {
      prompt:
        'How soon should a child’s initial health assessment take place after they come into care?',
      options: ['Within 20 working days', 'Within six months', 'Only if they seem unwell'],
      correct: 0,
      explanation:
        'The initial health assessment should happen within 20 working days, so that it can inform the child’s first review.',
    },
    {
      prompt: 'What is the Strengths and Difficulties Questionnaire (SDQ)?',
      options: [
        'A short questionnaire about a child’s feelings and behaviour that carers fill in each year',
        'A test children sit at school',
        'A check-up at the dentist',
      ],
      correct: 0,
      explanation:
        'Carers fill in the SDQ each year for children aged 4 to 16. It helps show whether a child needs more support with their emotional health.',
    },
    {
      prompt: 'Where do you find which health decisions you may make for the child on your own?',
      options: [
        'You decide whatever you think is best',
        'In the delegated authority set out in the child’s placement plan',
        'Only the child’s GP can tell you',
      ],
      correct: 1,
      explanation:
        'Delegated authority is agreed with the people who hold parental responsibility and written in the placement plan. Ask about it early.',
    },
    {
      prompt: 'You give a child their prescribed medicine. What should you record?',
      options: [
        'Nothing, unless there is a problem',
        'Just that medicine was given this week',
        'The medicine, the amount, the date and time, and who gave it',
      ],
      correct: 2,
      explanation:
        'Recording every dose, and any refused or missed, keeps the child safe and lets anyone caring for them see exactly what they have had.',
    },
  ],
};
