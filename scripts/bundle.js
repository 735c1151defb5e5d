#!/usr/bin/env node
// Bundles the modules jsii compiled into lib/ into one file, lib/bundle.js: the package's entry
// point (package.json `main`). An app loads one file instead of about forty: resolving, reading and
// wrapping each module was most of what the library added to a small app's synth. The bundle is
// not minified: each module keeps its code and names, under a comment with its path, so a stack
// trace points to readable code. The modules that load with the first construct
// (`require('./construction')`) stay lazy: esbuild wraps each module in a function that runs on its
// first `require`. The separate modules stay in lib/ for the build's own scripts
// (scripts/readme-rules.js) and the incremental compile; the package ships the bundle and the type
// declarations (package.json `files`). test/import-cost.test.ts bundles the same way.
const path = require('path');
const esbuild = require('esbuild');

/** Bundles `<dir>/index.js` into `<dir>/bundle.js`. */
function bundle(dir) {
  esbuild.buildSync({
    entryPoints: [path.join(dir, 'index.js')],
    outfile: path.join(dir, 'bundle.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // aws-cdk-lib and constructs are peers: the app's copies, never ours.
    packages: 'external',
    // The exported classes keep their names (esbuild renames a class that refers to itself,
    // `class _UserPoolClient`); esbuild's keepNames would name every closure as it is made, a cost
    // on every client.
    footer: { js: 'for (const [name, value] of Object.entries(module.exports)) if (typeof value === "function" && value.name !== name) Object.defineProperty(value, "name", { value: name });' },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

module.exports = { bundle };

if (require.main === module) {
  bundle(path.join(__dirname, '..', 'lib'));
}
