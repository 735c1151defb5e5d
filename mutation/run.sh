#!/usr/bin/env bash
# `npm run mutation`: every part of src/ in turn (see parts.mjs), then the score of each part and of
# all of them. A part already run re-tests only what changed since; `npm run mutation -- app` runs one part.
set -euo pipefail
cd "$(dirname "$0")/.."
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(client app companions props checks)
for part in "${parts[@]}"; do
  echo "== mutation part: $part"
  MUTATION_PART="$part" npx stryker run mutation/stryker.config.mjs
done
node mutation/score.mjs client app companions props checks
