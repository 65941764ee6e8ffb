/** Only a path on this site may be a destination after sign-in; anything else goes home. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/home';
}
