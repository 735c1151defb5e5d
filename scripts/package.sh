#!/usr/bin/env bash
# Packages the library for every jsii target with jsii-pacmak:
#   dist/js/*.tgz          npm tarball
#   dist/python/*.whl      wheel and sdist
#   dist/java/             Maven repository layout (jar, sources, javadoc, pom)
#   dist/go/               the Go module
#   dist/readme/.jsii.java the assembly with its README translated to Java
# Builds first (npm run build) unless SKIP_BUILD=1, and compiles the README examples with
# jsii-rosetta (scripts/rosetta-extract.sh) so the Python, Java and Go READMEs carry
# translated examples; the Go and Java ones are rosetta/translations/ (scripts/rosetta-translations.js).
# PACMAK_TARGETS="js python" limits the targets (default: all in package.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

start=$SECONDS
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  npm run build
fi
bash scripts/rosetta-extract.sh
node scripts/rosetta-translations.js

rm -rf dist
targets=()
for t in ${PACMAK_TARGETS:-}; do targets+=(--target "$t"); done
npx --no-install jsii-pacmak --no-npmignore --rosetta-tablet .jsii.tabl.json "${targets[@]}"

# The README in Java, as Construct Hub shows it for the Maven package (the Maven artifacts carry
# none): dist/readme/.jsii.java, read by npm run test:package-readmes with the other pages.
mkdir -p dist/readme
cp .jsii package.json dist/readme/
npx --no-install jsii-rosetta transliterate dist/readme --language java --tablet .jsii.tabl.json

echo "package: artifacts in dist/ ($((SECONDS - start)) s):"
find dist -maxdepth 2 -mindepth 2 -not -name '.*' | sort | sed 's/^/  /'
