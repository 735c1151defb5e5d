#!/usr/bin/env bash
# Compiles every TypeScript example of the built assembly (the README's ```ts blocks and any
# @example in the API docs) with jsii-rosetta in strict mode, using the fixtures in rosetta/
# (rosetta/default.ts-fixture wraps a snippet in a Stack), and writes the translations
# (Python, Java, Go, C#) to .jsii.tabl.json, which scripts/package.sh hands to jsii-pacmak.
# Needs a build first (npm run build). Usage: scripts/rosetta-extract.sh [ASSEMBLY_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
dir=${1:-.}
if [ ! -f "$dir/.jsii" ]; then
  echo "rosetta: no .jsii assembly in $dir: run npm run build first" >&2
  exit 1
fi
npx --no-install jsii-rosetta extract --strict "$dir/.jsii"
node -e '
  const t = require(require("path").resolve(process.argv[1], ".jsii.tabl.json"));
  const n = Object.keys(t.snippets ?? {}).length;
  console.log(`rosetta: ${n} example(s) compiled and translated`);
' "$dir"
