#!/usr/bin/env bash
# Runs the type check and the Jest suite against the lowest versions the peer dependencies
# allow (package.json peerDependencies), while the rest of the build uses the pinned
# devDependencies. jsii's missing-dev-dependency warning is silenced in `npm run build` because
# this script, not the devDependency pin, is what proves the lowest versions work.
set -euo pipefail
cd "$(dirname "$0")/.."

min_of() { node -e "console.log(require('./package.json').peerDependencies['$1'].replace(/^[\\^~>=]+/, ''))"; }
cdk_min=$(min_of aws-cdk-lib)
constructs_min=$(min_of constructs)
dir=.tmp/min-versions
echo "lowest supported versions: aws-cdk-lib@${cdk_min} constructs@${constructs_min}"

if [ ! -f "$dir/node_modules/aws-cdk-lib/package.json" ] || \
   [ "$(node -p "require('./$dir/node_modules/aws-cdk-lib/package.json').version")" != "$cdk_min" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  echo '{"name":"min-versions","private":true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --no-save --ignore-scripts "aws-cdk-lib@${cdk_min}" "constructs@${constructs_min}" >/dev/null)
fi

# Type check src against the lowest versions.
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
echo "src type-checks against aws-cdk-lib@${cdk_min}"

# The whole Jest suite, with aws-cdk-lib and constructs resolved from the lowest versions.
MIN_VERSIONS_DIR="$dir" npx jest --ci --coverage=false
