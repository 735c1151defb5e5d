#!/usr/bin/env bash
# Creates (or updates) the Python virtual environment .venv/ with the exact versions of
# requirements-dev.txt, and prints its bin directory. Idempotent: does nothing when every
# pinned package is installed at its pinned version.
#
#   bash scripts/python-env.sh          # -> <repo>/.venv/bin
#   PYTHON=python3.12 bash scripts/python-env.sh
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
requirements=requirements-dev.txt
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
  echo "creating $venv with $("$python" --version 2>&1)" >&2
  "$python" -m venv "$venv"
fi

# pip freeze lists name==version; every pinned line of the requirements must be among them.
installed=$("$venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null || true)
missing=$(grep -E '^[A-Za-z0-9_.-]+==' "$requirements" | while read -r pin; do
  grep -qixF "$pin" <<<"$installed" || echo "$pin"
done)
if [ -n "$missing" ]; then
  echo "installing into $venv: $(echo $missing)" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
fi

echo "$PWD/$venv/bin"
