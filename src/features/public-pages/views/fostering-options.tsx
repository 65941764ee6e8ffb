/** The five ways to take a first step, each with a short line about what it involves. */
export const GET_IN_TOUCH_OPTIONS = [
  {
    href: '/get-in-touch/call-back',
    step: 'call-back',
    label: 'Ask us to call you back',
    hint: 'Choose a time, and one of our team will ring you for a friendly chat.',
  },
  {
    href: '/get-in-touch/information-pack',
    step: 'information-pack',
    label: 'Get an information pack',
    hint: 'Read about fostering at home, in your own time.',
  },
  {
    href: '/get-in-touch/enquiry',
    step: 'enquiry',
    label: 'Send us a message',
    hint: 'Ask us anything, and we will write back.',
  },
  {
    href: '/get-in-touch/events',
    step: 'events',
    label: 'Come to an information event',
    hint: 'Meet carers and our team, and hear what fostering is really like.',
  },
  {
    href: '/get-in-touch/eligibility',
    step: 'eligibility',
    label: 'Check if you could foster',
    hint: 'Answer a few quick questions about you and your home.',
  },
] as const;

/** The list of ways to get in touch, each link marked as a step towards it for analytics. */
export function GetInTouchList(props: { headingLevel: 2 | 3 }) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="options__list">
      {GET_IN_TOUCH_OPTIONS.map((option) => (
        <li class="options__item" key={option.href}>
          <Heading class="options__heading">
            <a class="options__link" href={option.href} data-funnel={`get-in-touch:${option.step}`}>
              {option.label}
            </a>
          </Heading>
          <p class="options__hint">{option.hint}</p>
        </li>
      ))}
    </ul>
  );
}

/** "Thinking about fostering?": the block at the foot of every public page. */
export function FosteringOptions() {
  return (
    <section class="options" aria-labelledby="fostering-options-title">
      <h2 id="fostering-options-title" class="options__title">
        Thinking about fostering?
      </h2>
      <p>Choose the option that suits you best. There is no pressure, and no wrong first step.</p>
      <GetInTouchList headingLevel={3} />
    </section>
  );
}
