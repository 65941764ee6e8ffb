/** The other ways to get in touch, for when the one someone chose cannot help them now. */
export function OtherOptions(props: { except?: string; heading?: string }) {
  const options = [
    { href: '/get-in-touch/call-back', label: 'Ask us to call you back' },
    { href: '/get-in-touch/information-pack', label: 'Get an information pack' },
    { href: '/get-in-touch/enquiry', label: 'Send us a message' },
    { href: '/get-in-touch/events', label: 'Come to an information event' },
    { href: '/get-in-touch/eligibility', label: 'Check if you could foster' },
  ].filter((option) => option.href !== props.except);
  return (
    <>
      <h2 class="heading-m">{props.heading ?? 'Other ways to get in touch'}</h2>
      <ul>
        {options.map((option) => (
          <li key={option.href}>
            <a href={option.href}>{option.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
