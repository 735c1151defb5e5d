/**
 * The chart beside RESULTS.md: median construct + synth time against N, one panel per scenario,
 * one line per implementation, whiskers from the fastest to the slowest run. Plain SVG, no fonts
 * or scripts loaded from anywhere.
 */
import { IMPLEMENTATIONS, SCENARIOS, SCENARIO_NAMES } from './fixtures';
import type { Implementation } from './fixtures';
import type { Results } from './stats';

const LEGEND: Record<Implementation, string> = {
  l1: 'raw CfnUserPoolClient (L1)',
  minimal: 'minimal L2 fixture',
  cdk: 'aws-cdk-lib UserPoolClient',
  ours: 'ours',
};
const COLORS: Record<Implementation, string> = {
  l1: '#7f7f7f',
  minimal: '#1f77b4',
  cdk: '#d62728',
  ours: '#2ca02c',
};
const DASHES: Record<Implementation, string> = {
  l1: '2 3',
  minimal: '6 3',
  cdk: '',
  ours: '',
};
const MARKERS: Record<Implementation, (x: number, y: number, color: string) => string> = {
  l1: (x, y, c) => `<rect x="${f(x - 3)}" y="${f(y - 3)}" width="6" height="6" fill="${c}"/>`,
  minimal: (x, y, c) => `<path d="M${f(x)} ${f(y - 4)} L${f(x + 4)} ${f(y)} L${f(x)} ${f(y + 4)} L${f(x - 4)} ${f(y)} Z" fill="${c}"/>`,
  cdk: (x, y, c) => `<path d="M${f(x)} ${f(y - 4)} L${f(x + 4)} ${f(y + 3)} L${f(x - 4)} ${f(y + 3)} Z" fill="${c}"/>`,
  ours: (x, y, c) => `<circle cx="${f(x)}" cy="${f(y)}" r="3.5" fill="${c}"/>`,
};

function dash(impl: Implementation): string {
  return DASHES[impl] ? `stroke-dasharray="${DASHES[impl]}"` : '';
}

function f(v: number): string {
  return v.toFixed(1);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A round axis maximum and step: 1, 2 or 5 times a power of ten. */
function niceScale(max: number, ticks = 5): { top: number; step: number } {
  const raw = max / ticks;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

export function renderChart(results: Results, title: string): string {
  const width = 960;
  const height = 440;
  const panelWidth = 380;
  const panelHeight = 300;
  const top = 70;
  const left = [80, 570];
  const ns = results.ns(false);
  const maxN = Math.max(...ns);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escape(title)}</text>`);

  // Legend.
  IMPLEMENTATIONS.forEach((impl, i) => {
    const x = 80 + i * 220;
    const y = 46;
    parts.push(`<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${COLORS[impl]}" stroke-width="2" ${dash(impl)}/>`);
    parts.push(MARKERS[impl](x + 14, y, COLORS[impl]));
    parts.push(`<text x="${x + 34}" y="${y + 4}">${escape(LEGEND[impl])}</text>`);
  });

  SCENARIOS.forEach((scenario, p) => {
    const x0 = left[p];
    const y0 = top + panelHeight;
    const maxMs = Math.max(...IMPLEMENTATIONS.flatMap((impl) => ns.map((n) =>
      results.summary({ impl, scenario, n, validation: false, quiet: false })?.total.max ?? 0)));
    const { top: yTop, step } = niceScale(maxMs > 0 ? maxMs : 1);
    const xScale = (n: number) => x0 + (n / maxN) * panelWidth;
    const yScale = (ms: number) => y0 - (ms / yTop) * panelHeight;

    parts.push(`<text x="${x0 + panelWidth / 2}" y="${top - 6}" text-anchor="middle" font-weight="bold">${escape(SCENARIO_NAMES[scenario])}</text>`);
    // Grid and y axis.
    for (let v = 0; v <= yTop + step / 2; v += step) {
      const y = yScale(v);
      parts.push(`<line x1="${x0}" y1="${f(y)}" x2="${x0 + panelWidth}" y2="${f(y)}" stroke="#e0e0e0"/>`);
      parts.push(`<text x="${x0 - 6}" y="${f(y + 4)}" text-anchor="end">${v >= 1000 ? `${v / 1000} s` : `${v} ms`}</text>`);
    }
    // x axis.
    parts.push(`<line x1="${x0}" y1="${y0}" x2="${x0 + panelWidth}" y2="${y0}" stroke="#000000"/>`);
    parts.push(`<line x1="${x0}" y1="${top}" x2="${x0}" y2="${y0}" stroke="#000000"/>`);
    for (const n of [0, ...ns]) {
      const x = xScale(n);
      parts.push(`<line x1="${f(x)}" y1="${y0}" x2="${f(x)}" y2="${y0 + 5}" stroke="#000000"/>`);
      parts.push(`<text x="${f(x)}" y="${y0 + 18}" text-anchor="middle">${n}</text>`);
    }
    parts.push(`<text x="${x0 + panelWidth / 2}" y="${y0 + 36}" text-anchor="middle">clients in the stack (N)</text>`);
    parts.push(`<text transform="translate(${x0 - 62} ${top + panelHeight / 2}) rotate(-90)" text-anchor="middle">construct + synth, median</text>`);

    for (const impl of IMPLEMENTATIONS) {
      const points = ns.flatMap((n) => {
        const s = results.summary({ impl, scenario, n, validation: false, quiet: false });
        return s ? [{ n, s }] : [];
      });
      if (points.length === 0) {
        continue;
      }
      const color = COLORS[impl];
      const path = points.map(({ n, s }, i) => `${i === 0 ? 'M' : 'L'}${f(xScale(n))} ${f(yScale(s.total.median))}`).join(' ');
      parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2" ${dash(impl)}/>`);
      for (const { n, s } of points) {
        const x = xScale(n);
        parts.push(`<line x1="${f(x)}" y1="${f(yScale(s.total.min))}" x2="${f(x)}" y2="${f(yScale(s.total.max))}" stroke="${color}" stroke-width="1"/>`);
        parts.push(MARKERS[impl](x, yScale(s.total.median), color));
      }
    }
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
