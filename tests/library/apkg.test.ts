import initSqlJs from 'sql.js';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CardRow, ReviewLogRow } from '../../src/lib/db/rows';
import { ANKI_FIELDS, ANKI_MODEL_NAME, buildApkg, buildCsv } from '../../src/lib/library/apkg';
import { cardRow } from '../db/library-cards';

const NOW = Date.UTC(2026, 0, 10, 12);
const DAY = 86_400_000;

function row(id: string, over: Partial<CardRow> = {}, memory: Partial<CardRow['memory']> = {}): CardRow {
	return cardRow(id, 'notes.txt', NOW, over, memory);
}

const cards = [
	row('fresh', { front: 'When did Lenin die?', back: '21 January 1924', kind: 'date' }),
	row(
		'learned',
		{
			kind: 'office',
			front: 'Who became General Secretary in April 1922?',
			back: 'Stalin',
			userBack: 'J. V. Stalin'
		},
		{ state: 2, due: NOW + 5 * DAY, stability: 9.5, difficulty: 4.2, scheduledDays: 9, reps: 4, lapses: 1 }
	),
	row('xss', { front: 'What did <img src=x onerror=alert(1)> say?', back: 'A & B', suspended: 1 })
];
const titles = new Map([['notes', 'Power struggle notes']]);
const review: ReviewLogRow = {
	id: 1,
	cardId: 'learned',
	deckId: 'notes',
	kind: 'office',
	rating: 3,
	reviewedAt: NOW - DAY,
	durationMs: 5100,
	before: { ...cards[1].memory, state: 2, scheduledDays: 4 },
	after: cards[1].memory
};

async function readBack(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
	expect(JSON.parse(strFromU8(files.media))).toEqual({});
	const SQL = await initSqlJs();
	return new SQL.Database(files['collection.anki2']);
}

describe('Anki export', () => {
	it('writes a collection Anki reads: a Basic model with Front/Back/Source, a deck per document, notes and cards', async () => {
		const SQL = await initSqlJs();
		const bytes = await buildApkg(SQL, { cards, titles, reviews: [review], withScheduling: true, now: NOW });
		const db = await readBack(bytes);
		const [col] = db.exec('SELECT ver, models, decks, dconf, conf FROM col')[0].values;
		expect(col[0]).toBe(11);
		const models = Object.values(JSON.parse(String(col[1]))) as {
			name: string;
			flds: { name: string }[];
			tmpls: { qfmt: string }[];
		}[];
		expect(models).toHaveLength(1);
		expect(models[0].name).toBe(ANKI_MODEL_NAME);
		expect(models[0].flds.map((f) => f.name)).toEqual([...ANKI_FIELDS]);
		expect(models[0].tmpls[0].qfmt).toBe('{{Front}}');
		const deckNames = (Object.values(JSON.parse(String(col[2]))) as { name: string }[])
			.map((d) => d.name)
			.sort();
		expect(deckNames).toEqual(['Annals::Power struggle notes', 'Default']);
		expect(JSON.parse(String(col[3]))['1'].name).toBe('Default');

		const notes = db.exec('SELECT guid, flds, tags, sfld, csum, mid FROM notes ORDER BY id')[0].values;
		expect(notes).toHaveLength(3);
		const byGuid = new Map(notes.map((n) => [String(n[0]), n]));
		const learned = String(byGuid.get('learned')![1]).split('\x1f');
		expect(learned[0]).toBe('Who became General Secretary in April 1922?');
		expect(learned[1]).toBe('J. V. Stalin');
		expect(learned[2]).toBe('Passage of learned.<br>— Power struggle notes');
		expect(String(byGuid.get('learned')![2]).trim().split(' ')).toEqual([
			'annals::document::notes',
			'annals::kind::office'
		]);
		expect(byGuid.get('learned')![3]).toBe('Who became General Secretary in April 1922?');
		expect(Number(byGuid.get('learned')![4])).toBeGreaterThan(0);
		// Text stays text in Anki's HTML fields.
		expect(String(byGuid.get('xss')![1]).split('\x1f')[0]).toBe(
			'What did &lt;img src=x onerror=alert(1)&gt; say?'
		);

		const cardRows = db.exec(
			'SELECT n.guid, c.type, c.queue, c.ivl, c.reps, c.lapses, c.data, c.did FROM cards c JOIN notes n ON n.id = c.nid'
		)[0].values;
		const sched = new Map(cardRows.map((r) => [String(r[0]), r]));
		expect(sched.get('fresh')!.slice(1, 6)).toEqual([0, 0, 0, 0, 0]);
		expect(sched.get('learned')!.slice(1, 6)).toEqual([2, 2, 9, 4, 1]);
		expect(JSON.parse(String(sched.get('learned')![6]))).toEqual({ s: 9.5, d: 4.2 });
		expect(sched.get('xss')![2]).toBe(-1);
		const deckOf = (guid: string) => Number(sched.get(guid)![7]);
		expect(deckOf('fresh')).toBe(deckOf('learned'));
		expect(Object.keys(JSON.parse(String(col[2])))).toContain(String(deckOf('fresh')));

		const revlog = db.exec('SELECT cid, ease, ivl, lastIvl, time, type FROM revlog')[0].values;
		expect(revlog).toEqual([[expect.any(Number), 3, 9, 4, 5100, 1]]);
		db.close();
	});

	it('exports every card as new, without history, when scheduling is left out', async () => {
		const SQL = await initSqlJs();
		const db = await readBack(
			await buildApkg(SQL, { cards, titles, reviews: [review], withScheduling: false, now: NOW })
		);
		expect(db.exec('SELECT DISTINCT type FROM cards')[0].values).toEqual([[0]]);
		expect(db.exec('SELECT count(*) FROM revlog')[0].values[0][0]).toBe(0);
		db.close();
	});

	it('writes CSV with quoting where a cell needs it', () => {
		const csv = buildCsv(
			[row('q', { front: 'Who said "No", then left?', back: 'Trotsky,\nin 1927' })],
			titles
		);
		expect(csv).toBe(
			'front,back,kind,document,source,tags\r\n"Who said ""No"", then left?","Trotsky,\nin 1927",date,Power struggle notes,Passage of q.,annals::document::notes annals::kind::date\r\n'
		);
	});
});
