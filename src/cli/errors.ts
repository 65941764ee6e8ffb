/** A command that cannot go on; its message is printed as it is and the command exits with 1. */
export class CommandError extends Error {}
