// The mutation score of each part run so far (from its report.json) and of all of them together:
// killed and timed-out mutants over all valid ones (survived and uncovered count against it).
import * as fs from 'fs';

const parts = process.argv.slice(2);
/** Stryker's statuses that count, by the name of their counter. */
const COUNTED = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' };
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
const rows = [];
for (const part of parts) {
  const file = `.tmp/mutation/${part}/report.json`;
  if (!fs.existsSync(file)) {
    rows.push(`${part}: not run yet`);
    continue;
  }
  const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const result of Object.values(JSON.parse(fs.readFileSync(file, 'utf8')).files)) {
    for (const mutant of result.mutants) {
      if (mutant.status in COUNTED) {
        count[COUNTED[mutant.status]]++;
        total[COUNTED[mutant.status]]++;
      }
    }
  }
  rows.push(`${part}: ${score(count)}`);
}
rows.push(`all: ${score(total)}`);
console.log(rows.join('\n'));

function score({ killed, timeout, survived, noCoverage }) {
  const valid = killed + timeout + survived + noCoverage;
  const pct = valid === 0 ? 0 : (100 * (killed + timeout)) / valid;
  return `${pct.toFixed(1)} % (${killed} killed, ${timeout} timed out, ${survived} survived, ${noCoverage} without coverage, of ${valid})`;
}
