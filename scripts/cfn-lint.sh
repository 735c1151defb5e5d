#!/usr/bin/env bash
# Lints CloudFormation templates with cfn-lint (the version pinned in requirements-dev.txt, in
# .venv/, set up by scripts/python-env.sh). Fails on any cfn-lint error; warnings are printed.
#
#   bash scripts/cfn-lint.sh DIR_OR_TEMPLATE...
#
# Every *.template.json of each directory given is linted (a directory without any is an error:
# nothing would have been checked), and so are examples/cdk.out/*.template.json when present.
# No rule is ignored.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then
  echo "usage: $0 DIR_OR_TEMPLATE..." >&2
  exit 64
fi

bin=$(bash scripts/python-env.sh)

templates=()
add_dir() {
  local found=0 file
  for file in "$1"/*.template.json; do
    [ -e "$file" ] || continue
    templates+=("$file")
    found=$((found + 1))
  done
  echo "$1: $found templates" >&2
  [ "$found" -gt 0 ]
}
for arg in "$@"; do
  if [ -d "$arg" ]; then
    add_dir "$arg" || { echo "no *.template.json in $arg" >&2; exit 1; }
  elif [ -f "$arg" ]; then
    templates+=("$arg")
  else
    echo "not found: $arg" >&2
    exit 1
  fi
done
if [ -d examples/cdk.out ] && [[ " $* " != *" examples/cdk.out "* ]] && [[ " $* " != *" examples/cdk.out/ "* ]]; then
  add_dir examples/cdk.out || true
fi

echo "$("$bin/cfn-lint" --version): ${#templates[@]} templates" >&2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
# Exit status: 2 for an error, 0 otherwise (--non-zero-exit-code error); 1 or more for a crash.
"$bin/cfn-lint" --format parseable --non-zero-exit-code error -- "${templates[@]}" >"$out" || status=$?

errors=$(grep -cE ':E[0-9]+:' "$out" || true)
warnings=$(grep -cE ':W[0-9]+:' "$out" || true)
infos=$(grep -cE ':I[0-9]+:' "$out" || true)
if [ -s "$out" ]; then
  echo "findings by rule:" >&2
  sed -E 's/^.*:([EWI][0-9]+):.*$/\1/' "$out" | sort | uniq -c | sort -rn >&2
fi
grep -E ':E[0-9]+:' "$out" >&2 || true
echo "cfn-lint: $errors errors, $warnings warnings, $infos informational in ${#templates[@]} templates" >&2
if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
  echo "cfn-lint failed (exit $status)" >&2
  exit 1
fi
