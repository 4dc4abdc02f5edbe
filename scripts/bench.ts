/**
 * `npm run bench`: runs every benchmark in scripts/bench/ in turn, each in its own process so one
 * benchmark's heap does not inflate another's peak-memory figure. Each prints its own figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir)
	.filter((f) => f.endsWith('.ts'))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();
let failed = 0;
for (const file of benches) {
	console.log(`\n=== ${file} ===`);
	const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], {
		stdio: 'inherit'
	});
	if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
