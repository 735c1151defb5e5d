#!/usr/bin/env bash
# Installs what `npm run package` left in dist/ into a fresh consumer project per language, each
# in its own temporary directory, and checks real values there:
#   npm     the tarball + aws-cdk-lib + constructs, an app compiled with tsc and run with node
#   python  a venv with the wheel + aws-cdk-lib + constructs + pytest, consumers/python tests
#           (the consumer, the switch, and the README's Python examples from the wheel, run as pasted)
#   java    consumers/java (Maven) on the artifact in dist/java, run with exec:java, and every
#           example of the Java page (dist/readme/.jsii.java), each class run as pasted
#   go      consumers/go on the module in dist/go (go.mod replace), built and run, and every
#           example of the Go page (the module's README.md), each built and run as pasted
# The npm, Java and Go apps synthesize the same client, and consumers/check-template.js checks
# their templates. The Python, Java and Go consumers each hold an app written for aws-cdk-lib's
# UserPoolClient and the same app switched to this library by its import alone: both run, and
# consumers/check-switch.js checks that they synthesize the same client. aws-cdk-lib, constructs,
# typescript and @types/node are pinned to this package's devDependencies; CONSUMER_CDK_VERSION=2.x.y installs another aws-cdk-lib (npm, PyPI,
# Maven; the Go module keeps at least the version it requires).
# Usage: scripts/test-consumers.sh [npm] [python] [java] [go]   (default: all four)
# KEEP_CONSUMERS_TMP=1 keeps the temporary directories.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

PYTEST_VERSION=9.2.0

pkg() { node -p "require('./package.json')$1"; }
version=$(pkg .version)
name=$(pkg .name)
cdk_version=${CONSUMER_CDK_VERSION:-$(pkg ".devDependencies['aws-cdk-lib']")}
constructs_version=$(pkg ".devDependencies.constructs")
typescript_version=$(pkg ".devDependencies.typescript")
types_node_version=$(pkg ".devDependencies['@types/node']")
go_module=$(pkg ".jsii.targets.go.moduleName")/$(pkg ".jsii.targets.go.packageName")
java_group=$(pkg ".jsii.targets.java.maven.groupId")
java_artifact=$(pkg ".jsii.targets.java.maven.artifactId")

work=$(mktemp -d "${TMPDIR:-/tmp}/consumers.XXXXXX")
if [ "${KEEP_CONSUMERS_TMP:-0}" = 1 ]; then
  echo "consumers: working in $work (kept)"
else
  trap 'rm -rf "$work"' EXIT
fi

# The app switched to this library differs from the one written for aws-cdk-lib in exactly
# the lines given (old and new, as diff prints them).
only_differs_in() { # before after expected-diff
  local got
  got=$(diff "$1" "$2" | grep '^[<>]' || true)
  if [ "$got" != "$3" ]; then
    printf 'the switched app %s differs from %s in other lines than expected:\n%s\n' "$2" "$1" "$got" >&2
    return 1
  fi
  echo "ok - $2 is $1 with only its import of UserPoolClient changed"
}

one() { # the single file matching a glob, or fail
  local matches=($1)
  if [ ${#matches[@]} -ne 1 ] || [ ! -e "${matches[0]}" ]; then
    echo "expected exactly one $1 (run npm run package first), found: ${matches[*]}" >&2
    return 1
  fi
  echo "${matches[0]}"
}

consumer_npm() {
  local tgz dir=$work/npm
  tgz=$(one "$root/dist/js/*.tgz")
  mkdir -p "$dir"
  cp consumers/npm/app.ts consumers/npm/tsconfig.json consumers/check-template.js "$dir"/
  cd "$dir"
  echo '{ "name": "npm-consumer", "version": "0.0.0", "private": true }' > package.json
  npm install --no-audit --no-fund --save-exact --loglevel=error \
    "$tgz" "aws-cdk-lib@$cdk_version" "constructs@$constructs_version" \
    "typescript@$typescript_version" "@types/node@$types_node_version"
  npx --no-install tsc -p tsconfig.json
  node out/app.js cdk.out
  node check-template.js cdk.out/ConsumerStack.template.json
}

consumer_python() {
  local whl dir=$work/python
  whl=$(one "$root/dist/python/*.whl")
  one "$root/dist/python/*.tar.gz" > /dev/null
  mkdir -p "$dir"
  cp consumers/python/test_consumer.py consumers/python/test_readme_examples.py consumers/python/test_checks.py \
    consumers/python/test_switch.py consumers/python/app_aws_cdk_lib.py consumers/python/app_switched.py \
    consumers/check-switch.js "$dir"/
  cd "$dir"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check \
    "$whl" "aws-cdk-lib==$cdk_version" "constructs==$constructs_version" "pytest==$PYTEST_VERSION"
  .venv/bin/python -m pytest -p no:cacheprovider -v test_consumer.py test_checks.py test_switch.py test_readme_examples.py
}

consumer_java() {
  local dir=$work/java m2
  one "$root/dist/java/${java_group//.//}/$java_artifact/$version/$java_artifact-$version.jar" > /dev/null
  mkdir -p "$dir"
  cp -r consumers/java/. "$dir"/
  cp consumers/check-template.js consumers/check-switch.js consumers/check-examples.js "$dir"/
  cd "$dir"
  # The Java page's examples (the README in Java, dist/readme/.jsii.java), each class as pasted.
  local n i cls
  node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).readme.markdown)' \
    "$root/dist/readme/.jsii.java" > java-page.md
  n=$(node check-examples.js extract java-page.md java page)
  cp page/*/*.java src/main/java/
  only_differs_in src/main/java/switchapp/awscdklib/SwitchApp.java src/main/java/switchapp/switched/SwitchApp.java \
    "$(printf '%s\n' '< package switchapp.awscdklib;' '> package switchapp.switched;' \
      '< import software.amazon.awscdk.services.cognito.UserPoolClient;' '> import io.github.cdkcognitouserpoolclient.UserPoolClient;')"
  # Maven never downloads a release twice: drop a copy of this version that an earlier run cached.
  # (Maven wraps the printed path in ANSI reset codes even with style.color=never: strip them.)
  m2=$(mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' || true)
  rm -rf "${m2:-$HOME/.m2/repository}/${java_group//.//}/$java_artifact/$version"
  mvn -B -ntp -q -Dstyle.color=never \
    -Dlib.version="$version" -Dcdk.version="$cdk_version" -Dconstructs.version="$constructs_version" \
    -Dlocal.repo.url="file://$root/dist/java" \
    compile exec:java -Dexec.args="$dir/cdk.out"
  node check-template.js cdk.out/ConsumerStack.template.json
  local app
  for app in awscdklib switched; do
    mvn -B -ntp -q -Dstyle.color=never -o \
      -Dlib.version="$version" -Dcdk.version="$cdk_version" -Dconstructs.version="$constructs_version" \
      -Dlocal.repo.url="file://$root/dist/java" \
      exec:java -Dexec.mainClass="switchapp.$app.SwitchApp" -Dexec.args="$dir/switch-$app"
  done
  node check-switch.js switch-awscdklib/SwitchStack.template.json switch-switched/SwitchStack.template.json
  for i in $(seq 1 "$n"); do
    cls=$(basename page/"$i"/*.java .java)
    CDK_OUTDIR="$dir/page-out/$i" mvn -B -ntp -q -Dstyle.color=never -o \
      -Dlib.version="$version" -Dcdk.version="$cdk_version" -Dconstructs.version="$constructs_version" \
      -Dlocal.repo.url="file://$root/dist/java" \
      exec:java -Dexec.mainClass="$cls"
  done
  node check-examples.js check page-out/*
}

consumer_go() {
  local dir=$work/go src
  src=$root/dist/go/${go_module##*/}
  [ -f "$src/go.mod" ] || { echo "no Go module in $src (run npm run package first)" >&2; return 1; }
  mkdir -p "$dir"
  cp -r consumers/go/. "$dir"/
  cp consumers/check-template.js consumers/check-switch.js consumers/check-examples.js "$dir"/
  cd "$dir"
  # The Go page's examples (the module's README.md), each as pasted into its own main package.
  local n i
  n=$(node check-examples.js extract "$src/README.md" go page)
  only_differs_in switch/awscdklib/main.go switch/switched/main.go \
    "$(printf '%s\n' '< 	userpoolclient "github.com/aws/aws-cdk-go/awscdk/v2/awscognito"' \
      "> 	userpoolclient \"$go_module\"")"
  export GOFLAGS=-mod=mod
  go mod edit -replace="$go_module=$src" -require="github.com/aws/aws-cdk-go/awscdk/v2@v$cdk_version"
  go mod tidy
  go vet ./...
  go build -o consumer .
  ./consumer "$dir/cdk.out"
  node check-template.js cdk.out/ConsumerStack.template.json
  local app
  for app in awscdklib switched; do
    go build -o "switch-$app.bin" "./switch/$app"
    "./switch-$app.bin" "$dir/switch-$app"
  done
  node check-switch.js switch-awscdklib/SwitchStack.template.json switch-switched/SwitchStack.template.json
  for i in $(seq 1 "$n"); do
    go build -o "page-$i.bin" "./page/$i"
    CDK_OUTDIR="$dir/page-out/$i" "./page-$i.bin"
  done
  node check-examples.js check page-out/*
}

group() { if [ "${GITHUB_ACTIONS:-}" = true ]; then echo "::group::$1"; else echo "=== $1"; fi; }
endgroup() { if [ "${GITHUB_ACTIONS:-}" = true ]; then echo "::endgroup::"; fi; }

langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(npm python java go)
echo "consumers: $name $version with aws-cdk-lib $cdk_version, constructs $constructs_version"
passed=0
failed=0
summary=()
for lang in "${langs[@]}"; do
  if ! declare -F "consumer_$lang" > /dev/null; then
    echo "unknown consumer: $lang (known: npm python java go)" >&2
    exit 2
  fi
  group "consumer $lang"
  start=$SECONDS
  (set -euo pipefail; "consumer_$lang")
  rc=$?
  endgroup
  took=$((SECONDS - start))
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1)); summary+=("  PASS $lang (${took} s)")
  else
    failed=$((failed + 1)); summary+=("  FAIL $lang (${took} s, exit $rc)")
  fi
done
printf '%s\n' "${summary[@]}"
echo "consumers: $passed passed, $failed failed"
[ $failed -eq 0 ]
