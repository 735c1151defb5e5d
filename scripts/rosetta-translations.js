#!/usr/bin/env node
// Puts hand-written translations of the README's examples into the rosetta tablet
// (.jsii.tabl.json), in place of jsii-rosetta's where those are wrong: every Go and Java example
// (rosetta's do not compile: Go without package or func main, with wrong import paths, aliases and
// unqualified types; Java with some builders and collections wrong), and the Python examples whose
// free-form JSON rosetta turns into snake_case keys (the branding settings).
// rosetta/translations/<language>/<n>-<name>.<ext> is the translation of the README's n-th
// TypeScript example: all of them for go and java, those given for python. jsii-pacmak (and
// jsii-rosetta transliterate for the Java page) put them on the package pages, and the consumer
// tests run every example of each page as pasted. Run by scripts/package.sh after the extract.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const tabletFile = path.join(root, '.jsii.tabl.json');
const tablet = JSON.parse(fs.readFileSync(tabletFile, 'utf8'));

const readmeSnippets = Object.values(tablet.snippets)
  .filter((snippet) => snippet.location?.api?.api === 'moduleReadme')
  .sort((a, b) => a.location.field.line - b.location.field.line);

const EVERY_EXAMPLE = { go: true, java: true, python: false };
for (const [language, everyExample] of Object.entries(EVERY_EXAMPLE)) {
  const dir = path.join(root, 'rosetta', 'translations', language);
  const files = fs.readdirSync(dir)
    .filter((name) => /^\d+-[\w-]+\.\w+$/.test(name))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const numbers = files.map((name) => parseInt(name, 10));
  const expected = readmeSnippets.map((_, i) => i + 1);
  const fits = everyExample
    ? JSON.stringify(numbers) === JSON.stringify(expected)
    : numbers.every((n, i) => expected.includes(n) && numbers.indexOf(n) === i);
  if (!fits) {
    console.error(`rosetta-translations: the README has ${readmeSnippets.length} TypeScript example(s), ` +
      `rosetta/translations/${language} has ${files.join(', ')}: ` +
      (everyExample ? 'one translation per example, numbered from 1' : 'at most one per example, numbered from 1'));
    process.exit(1);
  }
  files.forEach((file, i) => {
    const snippet = readmeSnippets[numbers[i] - 1];
    const source = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\s+$/, '');
    snippet.translations[language] = { ...snippet.translations[language], source };
  });
}
fs.writeFileSync(tabletFile, JSON.stringify(tablet));
console.log(`rosetta-translations: the README's ${readmeSnippets.length} example(s) in Go and Java, and some in Python, from rosetta/translations/`);
