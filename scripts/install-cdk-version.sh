#!/usr/bin/env bash
# Installs an aws-cdk-lib (and constructs) other than the devDependencies in .tmp/cdk-<version>/,
# unless that version is there already; prints the directory. Used by the tests against another
# aws-cdk-lib (test-cdk-version.sh) and by the benchmark.
#
#   bash scripts/install-cdk-version.sh AWS_CDK_LIB_VERSION [CONSTRUCTS_VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."

cdk_version=${1:?usage: $0 AWS_CDK_LIB_VERSION [CONSTRUCTS_VERSION]}
constructs_version=${2:-$(node -p "require('./package.json').devDependencies.constructs")}
dir=.tmp/cdk-$cdk_version

installed() { node -p "try { require('./$dir/node_modules/$1/package.json').version } catch { '' }"; }
if [ "$(installed aws-cdk-lib)" != "$cdk_version" ] || [ "$(installed constructs)" != "$constructs_version" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  echo '{"name":"cdk-version-under-test","private":true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --no-save --ignore-scripts --loglevel=error \
    "aws-cdk-lib@${cdk_version}" "constructs@${constructs_version}" >&2)
fi
echo "$dir"
