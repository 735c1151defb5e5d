#!/usr/bin/env node
// Extracts the code examples of one language from a package page, or checks what they synthesized.
//   node check-examples.js extract PAGE.md LANGUAGE OUTDIR
//       writes the n-th ```LANGUAGE block of the page to OUTDIR/<n>/ (main.go for go; for java,
//       <the public class>.java), prints the number of examples; fails when there are none.
//   node check-examples.js check CDK_OUT...
//       each cloud assembly (an example run with CDK_OUTDIR set) holds exactly one
//       AWS::Cognito::UserPoolClient, no warning or error, and branding settings and secret JSON
//       keys as the README wrote them (no key turned into snake_case).
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const [command, ...args] = process.argv.slice(2);

function extract(page, language, outdir) {
  const text = fs.readFileSync(page, 'utf8');
  const blocks = [...text.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);
  assert.ok(blocks.length > 0, `${page}: no ${language} examples`);
  blocks.forEach((code, i) => {
    const dir = path.join(outdir, String(i + 1));
    fs.mkdirSync(dir, { recursive: true });
    let file = 'main.go';
    if (language === 'java') {
      const cls = /^public (?:final )?class (\w+)/m.exec(code);
      assert.ok(cls, `${page}: java example ${i + 1} declares no public class`);
      file = `${cls[1]}.java`;
    }
    fs.writeFileSync(path.join(dir, file), code);
  });
  console.log(blocks.length);
}

function snakeKeys(value, found = []) {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (/_/.test(key)) found.push(key);
      snakeKeys(inner, found);
    }
  }
  return found;
}

function check(outdir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const stacks = Object.values(manifest.artifacts).filter((a) => a.type === 'aws:cloudformation:stack');
  const resources = stacks.flatMap((stack) =>
    Object.values(JSON.parse(fs.readFileSync(path.join(outdir, stack.properties.templateFile), 'utf8')).Resources ?? {}));
  assert.equal(resources.filter((r) => r.Type === 'AWS::Cognito::UserPoolClient').length, 1, `${outdir}: expected one user pool client`);
  const findings = stacks.flatMap((stack) => Object.values(stack.metadata ?? {}).flat())
    .filter((entry) => entry.type === 'aws:cdk:warning' || entry.type === 'aws:cdk:error');
  assert.deepEqual(findings, [], `${outdir}: warnings or errors`);
  for (const r of resources) {
    if (r.Type === 'AWS::Cognito::ManagedLoginBranding' && r.Properties.Settings) {
      assert.deepEqual(snakeKeys(r.Properties.Settings), [], `${outdir}: branding settings keys changed`);
    }
    if (r.Type === 'AWS::SecretsManager::Secret' && r.Properties.SecretString) {
      const joined = JSON.stringify(r.Properties.SecretString);
      assert.ok(!/client_id|client_secret/.test(joined), `${outdir}: secret JSON keys changed: ${joined}`);
    }
  }
  console.log(`ok - ${outdir}: one user pool client, no warning, JSON keys as written`);
}

if (command === 'extract' && args.length === 3) {
  extract(...args);
} else if (command === 'check' && args.length > 0) {
  args.forEach(check);
} else {
  console.error('usage: check-examples.js extract PAGE.md LANGUAGE OUTDIR | check CDK_OUT...');
  process.exit(2);
}
