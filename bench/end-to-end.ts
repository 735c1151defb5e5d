/**
 * A real app end to end: `cdk synth` of a staged example app with the real cdk CLI, offline.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { EndToEndApp, Stage } from './stage';

export interface EndToEndResult {
  readonly wallMs: number;
  /** Resources in the stack's template. */
  readonly resources: number;
  /** Every file in cdk.out (templates, assets, manifests). */
  readonly bytes: number;
}

function sizeOf(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const file = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? sizeOf(file) : fs.statSync(file).size);
  }, 0);
}

export function synthApp(root: string, stage: Stage, app: EndToEndApp): EndToEndResult {
  const cwd = path.join(stage.dir, `app-${app}`);
  const out = path.join(cwd, 'cdk.out');
  fs.rmSync(out, { recursive: true, force: true });
  const cli = path.join(root, 'node_modules', 'aws-cdk', 'bin', 'cdk');
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [cli, 'synth', '--quiet', '--no-notices', '--no-version-reporting'], {
    cwd, encoding: 'utf8', env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' },
  });
  const wallMs = performance.now() - t0;
  if (child.status !== 0) {
    throw new Error(`cdk synth in ${cwd} failed (${child.status}):\n${child.stderr}`);
  }
  const templates = fs.readdirSync(out).filter((f) => f.endsWith('.template.json'));
  const resources = templates.reduce((sum, f) => sum + Object.keys(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).Resources ?? {}).length, 0);
  return { wallMs, resources, bytes: sizeOf(out) };
}
