import type { ComponentChildren } from 'preact';

/** "Why is this due?": the rule in words, with the date it counts from, and where it comes from. */
export function WhyDue(props: { children: ComponentChildren; citation: string }) {
  return (
    <details class="why-due">
      <summary>Why is this due?</summary>
      <p>{props.children}</p>
      <p class="muted">Source: {props.citation}.</p>
    </details>
  );
}
