// Prints one closing line from the test runner's JSON results: "Tests: N passed, N failed, N skipped".
import fs from 'node:fs';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) process.exit(0);
const results = JSON.parse(fs.readFileSync(file, 'utf8'));
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
console.log(
  `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
);
