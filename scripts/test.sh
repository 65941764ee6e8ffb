#!/usr/bin/env bash
# `npm test`: installs what the tests need when it can (Debian's Chromium and PostgreSQL), checks
# types, lint and formatting, then runs every test: on the embedded database, on a real PostgreSQL
# server, and in a real browser.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing what the tests need: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
  else
    echo "Missing: ${missing[*]}. Install them (apt-get install ${missing[*]}) and run npm test again." >&2
    exit 1
  fi
fi
[ -d node_modules ] || npm ci

echo "Checking types…"
npx tsc --noEmit -p .
echo "Linting…"
npx eslint .
echo "Checking formatting…"
npx prettier --check . > /dev/null || { npx prettier --check . ; exit 1; }

mkdir -p .test-data
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-data/results.json "$@" || status=$?
node scripts/summarise-tests.mjs .test-data/results.json || true
exit $status
