#!/usr/bin/env bash
# Runs the type check of src/ and the whole Jest suite against another aws-cdk-lib (and
# constructs) than the devDependencies, which are the lowest versions the peer dependencies allow:
#
#   bash scripts/test-cdk-version.sh AWS_CDK_LIB_VERSION [CONSTRUCTS_VERSION]
#
# `npm run test:cdk-current` runs it with the current aws-cdk-lib release. The versions are
# installed in .tmp/cdk-<version>/ and Jest resolves aws-cdk-lib and constructs from there
# (CDK_VERSION_DIR in jest.config.js); the suites under test/current-cdk/ run only then.
set -euo pipefail
cd "$(dirname "$0")/.."

cdk_version=${1:?usage: $0 AWS_CDK_LIB_VERSION [CONSTRUCTS_VERSION]}
constructs_version=${2:-$(node -p "require('./package.json').devDependencies.constructs")}
dir=.tmp/cdk-$cdk_version
echo "testing against aws-cdk-lib@${cdk_version} constructs@${constructs_version}"

bash scripts/install-cdk-version.sh "$cdk_version" "$constructs_version" > /dev/null

# Type check src/ against that version.
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "../../tsconfig.json",
  "compilerOptions": {
    "noEmit": true, "incremental": false, "rootDir": "../../src",
    "paths": { "aws-cdk-lib": ["./node_modules/aws-cdk-lib"], "aws-cdk-lib/*": ["./node_modules/aws-cdk-lib/*"],
               "constructs": ["./node_modules/constructs"] }
  },
  "include": ["../../src/**/*.ts"]
}
JSON
npx tsc -p "$dir/tsconfig.json"
echo "src type-checks against aws-cdk-lib@${cdk_version}"

CDK_VERSION_DIR="$dir" npx jest --ci --coverage=false
