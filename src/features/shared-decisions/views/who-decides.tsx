import type { WhoDecides } from '../rules.ts';

/** "Mia’s carers decide", with the people it means on lines of their own, and any note. */
export function WhoDecidesText(props: { who: WhoDecides; notes?: string }) {
  const { who, notes } = props;
  return (
    <>
      <strong>{who.text}</strong>
      {who.people.length > 0 ? (
        <ul class="list-plain muted">
          {who.people.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      {notes ? <p class="muted preserve-lines">{notes}</p> : null}
    </>
  );
}
