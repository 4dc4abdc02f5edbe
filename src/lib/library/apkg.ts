/**
 * Export to Anki: a real Anki collection (the classic `collection.anki2` SQLite schema, which every
 * Anki and AnkiDroid version imports) built with sql.js and zipped with fflate, plus a CSV for
 * spreadsheets and other apps. One Basic note (Front, Back, Source) per card, one Anki deck per document
 * under "Annals::", tags by document and kind; scheduling and review history are optional.
 * sql.js is passed in: the browser loads its WASM from the app, Node (tests) from node_modules.
 */
import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { CardRow, ReviewLogRow } from '../db/rows';

export interface AnkiExportInput {
	cards: CardRow[];
	/** Document id → title, for deck names and the Source field. */
	titles: Map<string, string>;
	reviews?: ReviewLogRow[];
	/** Keep each card's FSRS state and due date (otherwise every card is new in Anki). */
	withScheduling: boolean;
	now: number;
}

const DAY = 86_400_000;
const FIELD_SEPARATOR = '\x1f';
export const ANKI_MODEL_NAME = 'Annals Basic';
export const ANKI_FIELDS = ['Front', 'Back', 'Source'] as const;

/** Anki fields are HTML: the student's text must show as text, never as markup. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A tag Anki accepts: no spaces, lower case, "::" for hierarchy. */
export function ankiTag(...parts: string[]): string {
	return parts.map((p) => p.trim().replace(/\s+/g, '_').replace(/:+/g, '_')).join('::');
}

/** Anki's first-field checksum: the first 8 hex digits of the SHA-1 of the field's plain text. */
async function fieldChecksum(text: string): Promise<number> {
	const digest = await crypto.subtle.digest('SHA-1', strToU8(text));
	const bytes = new Uint8Array(digest);
	return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

function deckJson(id: number, name: string, mod: number) {
	return {
		id,
		name,
		mod,
		usn: -1,
		lrnToday: [0, 0],
		revToday: [0, 0],
		newToday: [0, 0],
		timeToday: [0, 0],
		collapsed: false,
		browserCollapsed: false,
		desc: '',
		dyn: 0,
		conf: 1,
		extendNew: 0,
		extendRev: 0
	};
}

function modelJson(id: number, mod: number) {
	const field = (name: string, ord: number) => ({
		name,
		ord,
		sticky: false,
		rtl: false,
		font: 'Arial',
		size: 20,
		media: []
	});
	return {
		id,
		name: ANKI_MODEL_NAME,
		type: 0,
		mod,
		usn: -1,
		sortf: 0,
		did: 1,
		tmpls: [
			{
				name: 'Card 1',
				ord: 0,
				qfmt: '{{Front}}',
				afmt: '{{FrontSide}}<hr id=answer>{{Back}}<div class="source">{{Source}}</div>',
				bqfmt: '',
				bafmt: '',
				did: null,
				bfont: '',
				bsize: 0
			}
		],
		flds: ANKI_FIELDS.map(field),
		css: '.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n.source { margin-top: 1em; font-size: 14px; color: #555; text-align: left; }',
		latexPre:
			'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		latexsvg: false,
		req: [[0, 'any', [0]]],
		tags: [],
		vers: []
	};
}

const DECK_CONFIG = {
	'1': {
		id: 1,
		name: 'Default',
		mod: 0,
		usn: 0,
		maxTaken: 60,
		autoplay: true,
		timer: 0,
		replayq: true,
		dyn: false,
		new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20 },
		rev: { bury: true, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
		lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
	}
};

/** Anki's (type, queue, due, ivl) for a card's FSRS state; due is days since `crt` for reviews. */
function ankiSchedule(card: CardRow, crt: number, position: number, now: number) {
	const m = card.memory;
	const ivl = Math.max(0, Math.round(m.scheduledDays));
	let type = 0;
	let queue = 0;
	let due = position;
	if (m.state === 2) {
		type = 2;
		queue = 2;
		due = Math.max(0, Math.floor((m.due - crt * 1000) / DAY));
	} else if (m.state === 1 || m.state === 3) {
		type = m.state === 1 ? 1 : 3;
		queue = 1;
		due = Math.floor(m.due / 1000);
	}
	if (card.suspended === 1) queue = -1;
	else if (card.buriedUntil > now) queue = -3;
	return { type, queue, due, ivl };
}

/** The .apkg file's bytes. */
export async function buildApkg(SQL: SqlJsStatic, input: AnkiExportInput): Promise<Uint8Array> {
	const { cards, titles, now } = input;
	const db = new SQL.Database();
	try {
		db.run(SCHEMA);
		const nowSec = Math.floor(now / 1000);
		// The collection's creation day: day numbers of review cards count from it.
		const crt =
			Math.floor(new Date(new Date(now).toISOString().slice(0, 10)).getTime() / 1000) - 400 * 86_400;
		const modelId = now;
		const deckIds = new Map<string, number>();
		const decks: Record<string, unknown> = { '1': deckJson(1, 'Default', nowSec) };
		for (const deckId of new Set(cards.map((c) => c.deckId))) {
			const id = now + 1 + deckIds.size;
			deckIds.set(deckId, id);
			const title = (titles.get(deckId) ?? deckId).replace(/::/g, ':');
			decks[String(id)] = deckJson(id, `Annals::${title}`, nowSec);
		}
		const conf = {
			nextPos: cards.length + 1,
			estTimes: true,
			activeDecks: [1],
			sortType: 'noteFld',
			timeLim: 0,
			sortBackwards: false,
			addToCur: true,
			curDeck: 1,
			newBury: true,
			newSpread: 0,
			dueCounts: true,
			curModel: String(modelId),
			collapseTime: 1200
		};
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			crt,
			now,
			now,
			JSON.stringify(conf),
			JSON.stringify({ [String(modelId)]: modelJson(modelId, nowSec) }),
			JSON.stringify(decks),
			JSON.stringify(DECK_CONFIG),
			'{}'
		]);

		const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
		const insertCard = db.prepare(
			'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)'
		);
		const ankiCardIds = new Map<string, number>();
		const sorted = [...cards].sort((a, b) => a.due - b.due);
		for (let i = 0; i < sorted.length; i++) {
			const card = sorted[i];
			const noteId = now + 1000 + i;
			const cardId = noteId;
			ankiCardIds.set(card.id, cardId);
			const front = card.userFront ?? card.front;
			const back = card.userBack ?? card.back;
			const title = titles.get(card.deckId) ?? card.source.document;
			const source = `${escapeHtml(card.source.quote)}<br>— ${escapeHtml(title)}`;
			const fields = [escapeHtml(front), escapeHtml(back), source].join(FIELD_SEPARATOR);
			const tags = ` ${ankiTag('annals', 'document', card.deckId)} ${ankiTag('annals', 'kind', card.kind)} `;
			insertNote.run([noteId, card.id, modelId, nowSec, tags, fields, front, await fieldChecksum(front)]);
			const m = card.memory;
			const schedule = input.withScheduling
				? ankiSchedule(card, crt, i + 1, now)
				: { type: 0, queue: card.suspended === 1 ? -1 : 0, due: i + 1, ivl: 0 };
			const data =
				input.withScheduling && m.state !== 0
					? JSON.stringify({ s: Number(m.stability.toFixed(4)), d: Number(m.difficulty.toFixed(4)) })
					: '{}';
			insertCard.run([
				cardId,
				noteId,
				deckIds.get(card.deckId) ?? 1,
				nowSec,
				schedule.type,
				schedule.queue,
				schedule.due,
				schedule.ivl,
				schedule.type === 0 ? 0 : 2500,
				input.withScheduling ? m.reps : 0,
				input.withScheduling ? m.lapses : 0,
				data
			]);
		}
		insertNote.free();
		insertCard.free();

		if (input.withScheduling && input.reviews) {
			const insertReview = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
			const usedIds = new Set<number>();
			for (const review of input.reviews) {
				const cid = ankiCardIds.get(review.cardId);
				if (cid === undefined) continue;
				// Anki's revlog id is the answer time in ms and must be unique.
				let id = review.reviewedAt;
				while (usedIds.has(id)) id++;
				usedIds.add(id);
				const before = review.before.state;
				const type = before === 0 || before === 1 ? 0 : before === 2 ? 1 : 2;
				insertReview.run([
					id,
					cid,
					review.rating,
					Math.round(review.after.scheduledDays),
					Math.round(review.before.scheduledDays),
					2500,
					Math.min(60_000, Math.max(0, Math.round(review.durationMs))),
					type
				]);
			}
			insertReview.free();
		}
		const collection = db.export();
		return zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 });
	} finally {
		db.close();
	}
}

/** RFC 4180 CSV: one row per card, with a header line. */
export function buildCsv(cards: CardRow[], titles: Map<string, string>): string {
	const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const rows = [['front', 'back', 'kind', 'document', 'source', 'tags']];
	for (const c of cards)
		rows.push([
			c.userFront ?? c.front,
			c.userBack ?? c.back,
			c.kind,
			titles.get(c.deckId) ?? c.source.document,
			c.source.quote,
			`${ankiTag('annals', 'document', c.deckId)} ${ankiTag('annals', 'kind', c.kind)}`
		]);
	return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
