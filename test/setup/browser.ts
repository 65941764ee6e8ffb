import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    chromiumPath: string;
  }
}

const CHROMIUM = '/usr/bin/chromium';

/** Makes sure Debian's Chromium is there for the browser journeys, installing it when missing and allowed. */
export default function setup(project: TestProject): void {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.getuid?.() !== 0)
      throw new Error('Chromium is missing: install it with apt-get install chromium');
    console.log(
      'Chromium is not installed: installing Debian’s package (apt-get install chromium)…',
    );
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  project.provide('chromiumPath', CHROMIUM);
}
