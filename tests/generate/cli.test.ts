import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Card } from '../../src/lib/cards/types';

const root = join(import.meta.dirname, '..', '..');
let dir: string;

function runCards(...files: string[]) {
	const run = spawnSync(
		process.execPath,
		['--import', 'tsx', join(root, 'scripts', 'cards.ts'), '--json', ...files],
		{
			cwd: root,
			encoding: 'utf8',
			timeout: 60_000
		}
	);
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'annals-cli-'));
	writeFileSync(join(dir, 'empty.txt'), '');
	writeFileSync(
		join(dir, 'binary.txt'),
		Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0, 0, 0, 0xff, 0xfe])
	);
	writeFileSync(
		join(dir, 'latin1.txt'),
		Buffer.from('Lenin died on 21 January 1924 in Gorki, caf\xe9.\n', 'latin1')
	);
	writeFileSync(
		join(dir, 'no-dates.txt'),
		'The weather was pleasant and the tea was warm.\n\nEveryone went home early.\n'
	);
	writeFileSync(
		join(dir, 'good.txt'),
		'Vladimir Lenin died on 21 January 1924.\n\nIn April 1922 Stalin was appointed General Secretary of the Central Committee.\n'
	);
});

describe('npm run cards -- --json', () => {
	it('prints one JSON array of cards whose source.document is the path as given', () => {
		const path = join(dir, 'good.txt');
		const { status, stdout } = runCards(path);
		expect(status).toBe(0);
		const cards = JSON.parse(stdout) as Card[];
		expect(Array.isArray(cards)).toBe(true);
		for (const card of cards) expect(card.source.document).toBe(path);
	});
	it('explains an empty file and a binary file, exits non-zero, and still prints the good file’s cards', () => {
		const good = join(dir, 'good.txt');
		const { status, stdout, stderr } = runCards(join(dir, 'empty.txt'), join(dir, 'binary.txt'), good);
		expect(status).not.toBe(0);
		expect(stderr).toMatch(/empty\.txt: .*empty/i);
		expect(stderr).toMatch(/binary\.txt: .*not a text document/i);
		const cards = JSON.parse(stdout) as Card[];
		expect(cards.every((c) => c.source.document === good)).toBe(true);
	});
	it('reads a non-UTF-8 file with a warning instead of failing', () => {
		const { status, stdout, stderr } = runCards(join(dir, 'latin1.txt'));
		expect(status).toBe(0);
		expect(stderr).toMatch(/not valid UTF-8/);
		expect(() => JSON.parse(stdout)).not.toThrow();
	});
	it('gives an empty list, not a crash, for a document with no dates', () => {
		const { status, stdout, stderr } = runCards(join(dir, 'no-dates.txt'));
		expect(status).toBe(0);
		expect(JSON.parse(stdout)).toEqual([]);
		expect(stderr).toMatch(/no cards/);
	});
	it('says so when a file does not exist', () => {
		const { status, stderr } = runCards(join(dir, 'missing.txt'));
		expect(status).not.toBe(0);
		expect(stderr).toMatch(/missing\.txt: cannot read the file \(no such file\)/);
	});
});

describe('npm run cards -- --json on a huge file', () => {
	it('refuses a 50 MB file with a clear message instead of hanging', () => {
		const path = join(dir, 'huge.txt');
		const line = 'Lenin died on 21 January 1924 and the Party mourned him. '.repeat(100) + '\n';
		writeFileSync(path, line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
		const started = Date.now();
		const { status, stderr, stdout } = runCards(path);
		expect(status).not.toBe(0);
		expect(stderr).toMatch(/huge\.txt: .*too large/i);
		expect(JSON.parse(stdout)).toEqual([]);
		expect(Date.now() - started).toBeLessThan(30_000);
	}, 60_000);
});
