#!/usr/bin/env node
// Checks the shape of src/ (DESIGN.md, "Shape of the code"): no import circle between files, and
// no import from a lower layer back up. The layers, top down: index.ts; client/ (the construct);
// branding/ and terms/ (the companions); rules/ (the rules, their engine and the app's index).
// A file imports from its own folder or from a layer below it. `npm run lint` runs this.
'use strict';
const fs = require('fs');
const path = require('path');

const SRC = path.join(__dirname, '..', 'src');
const LAYERS = [['index.ts'], ['client'], ['branding', 'terms'], ['rules']];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files of src/ that `file` imports (type-only imports too: they tie the code as much; and the modules it `require`s on first use). */
function importsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const found = [];
  for (const match of text.matchAll(/(?:from|import\(|require\()\s*'(\.{1,2}\/[^']+)'/g)) {
    found.push(path.join(path.dirname(file), match[1]) + '.ts');
  }
  return found;
}

const layerOf = (file) => {
  const top = path.relative(SRC, file).split(path.sep)[0];
  return LAYERS.findIndex((names) => names.includes(top));
};
const name = (file) => path.relative(SRC, file);

const graph = new Map(files(SRC).map((file) => [file, importsOf(file)]));
const problems = [];

for (const [file, targets] of graph) {
  for (const target of targets) {
    if (!graph.has(target)) {
      problems.push(`${name(file)} imports ${name(target)}, which is not a file of src/`);
    } else if (layerOf(target) < layerOf(file)) {
      problems.push(`${name(file)} imports ${name(target)}: an import from a lower layer back up`);
    }
  }
}

// Circles: a depth-first search that reports each back edge with the path it closes.
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const target of graph.get(file) ?? []) {
    if (state.get(target) === 'open') {
      problems.push(`an import circle: ${[...stack.slice(stack.indexOf(target)), target].map(name).join(' -> ')}`);
    } else if (!state.has(target) && graph.has(target)) {
      visit(target);
    }
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) {
  if (!state.has(file)) {
    visit(file);
  }
}

if (problems.length > 0) {
  console.error(`src/ breaks its layout (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`src/: ${graph.size} files, no import circle, no import back up`);
