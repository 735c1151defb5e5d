/**
 * results.svg: the whole-app case at scale, time per client against N, one line per
 * implementation. Plain SVG, nothing loaded from anywhere.
 */
import { IMPLEMENTATIONS, IMPLEMENTATION_NAMES } from './fixtures';
import type { Implementation } from './fixtures';
import { perClientMicros } from './stats';
import type { Measurements } from './stats';

const COLORS: Record<Implementation, string> = { 'minimal': '#1f77b4', 'cdk': '#d62728', 'cdk-checks': '#ff7f0e', 'ours': '#2ca02c' };

function f(v: number): string {
  return v.toFixed(1);
}

export function renderChart(m: Measurements, awsCdkLib: string, ns: readonly number[]): string {
  const [width, height, left, top, plotWidth, plotHeight] = [760, 420, 80, 60, 600, 290];
  const lines = IMPLEMENTATIONS.map((impl) => ({ impl, points: ns.flatMap((n) => {
    const us = perClientMicros(m, awsCdkLib, impl, n);
    return us === undefined ? [] : [{ n, us }];
  }) })).filter((line) => line.points.length > 0);
  const maxUs = Math.max(1, ...lines.flatMap((l) => l.points.map((p) => p.us)));
  const step = [1, 2, 5].flatMap((k) => [1, 10, 100, 1000].map((p) => k * p)).sort((a, b) => a - b).find((s) => s * 5 >= maxUs) ?? 1000;
  const yTop = Math.ceil(maxUs / step) * step;
  const x = (n: number) => left + (n / Math.max(...ns)) * plotWidth;
  const y = (us: number) => top + plotHeight - (us / yTop) * plotHeight;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">CPU time per client, 1 pool with 50 resource servers and 20 providers (aws-cdk-lib ${awsCdkLib})</text>`,
  ];
  for (let v = 0; v <= yTop; v += step) {
    parts.push(`<line x1="${left}" y1="${f(y(v))}" x2="${left + plotWidth}" y2="${f(y(v))}" stroke="#e0e0e0"/>`,
      `<text x="${left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${v} µs</text>`);
  }
  for (const n of ns) {
    parts.push(`<text x="${f(x(n))}" y="${top + plotHeight + 18}" text-anchor="middle">${n}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="#000000"/>`,
    `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 38}" text-anchor="middle">clients in the stack (N)</text>`,
    `<text transform="translate(22 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle">CPU time per client, construct + synth, beyond the app without clients</text>`);
  // The legend, entry after entry: a line, then the name (about 7 px a character).
  let legendX = left;
  lines.forEach(({ impl, points }) => {
    parts.push(`<path d="${points.map((p, k) => `${k === 0 ? 'M' : 'L'}${f(x(p.n))} ${f(y(p.us))}`).join(' ')}" fill="none" stroke="${COLORS[impl]}" stroke-width="2"/>`,
      ...points.map((p) => `<circle cx="${f(x(p.n))}" cy="${f(y(p.us))}" r="3.5" fill="${COLORS[impl]}"/>`),
      `<line x1="${legendX}" y1="42" x2="${legendX + 28}" y2="42" stroke="${COLORS[impl]}" stroke-width="2"/>`,
      `<text x="${legendX + 34}" y="46">${IMPLEMENTATION_NAMES[impl]}</text>`);
    legendX += 34 + 7 * IMPLEMENTATION_NAMES[impl].length + 30;
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
