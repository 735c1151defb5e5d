#!/bin/sh
# Synthesizes the example app in examples/ with the cdk CLI, offline: no AWS credentials needed.
# Run from the repository root: npm run example
set -eu
cd "$(dirname "$0")/.."

# Build the library unless lib/ is newer than every source file.
if [ ! -f lib/index.js ] || [ -n "$(find src -name '*.ts' -newer lib/index.js)" ]; then
  npm run build
fi

npx tsc -p examples
cd examples
rm -rf cdk.out
npx cdk synth --quiet --no-notices --no-version-reporting
echo "Template: examples/cdk.out/ShopAuthStack.template.json"
