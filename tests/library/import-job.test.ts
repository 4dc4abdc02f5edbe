import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GenerateResponse } from '../../src/lib/generate/generate-messages';
import { generateDeckSet } from '../../src/lib/generate';
import { ImportError } from '../../src/lib/library/errors';
import { runImportJob, type DeckGenerator } from '../../src/lib/library/import-job';
import { makeTextPdf } from './fixtures';

/** The real generator, with its document-level progress, as the worker wires it. */
const generate: DeckGenerator = (name, text, onProgress) => {
	const { decks, errors } = generateDeckSet([{ name, text }], {
		onProgress: (p) => onProgress({ done: p.done, total: p.total, cardsFound: 0, step: p.stage })
	});
	if (errors.length) throw new ImportError('no-text', errors[0].message);
	return decks[0];
};

async function run(source: Parameters<typeof runImportJob>[0]['source']): Promise<GenerateResponse[]> {
	const messages: GenerateResponse[] = [];
	let clock = 0;
	await runImportJob(
		{ type: 'generate', jobId: 7, documentId: 'my-notes', source },
		{ generate, loadPdf: async () => pdfjs, post: (m) => messages.push(m), now: () => (clock += 100) }
	);
	return messages;
}

const NOTES =
	'Joseph Stalin became General Secretary of the Central Committee on 3 April 1922.\n\nVladimir Lenin died on 21 January 1924 at Gorki.';

describe('the import job the worker runs', () => {
	it('reports reading, then generating, then the deck under the page’s document id', async () => {
		const messages = await run({ kind: 'text', name: 'My notes', text: NOTES });
		const progress = messages.filter((m) => m.type === 'progress').map((m) => m.progress.phase);
		expect(progress[0]).toBe('reading');
		expect(progress.at(-1)).toBe('generating');
		const done = messages.at(-1);
		if (done?.type !== 'done') throw new Error(`expected a deck, got ${JSON.stringify(done)}`);
		expect(done.jobId).toBe(7);
		expect(done.deck.id).toBe('my-notes');
		expect(done.document).toMatchObject({ name: 'My notes', title: 'My Notes', text: NOTES });
		expect(done.deck.cards.length).toBeGreaterThan(0);
		for (const card of done.deck.cards)
			expect(NOTES.slice(card.source.start, card.source.end)).toBe(card.source.quote);
		const last = messages.filter((m) => m.type === 'progress').at(-1);
		expect(last?.type === 'progress' && last.progress.cardsFound).toBe(done.deck.cards.length);
	});

	it('reads a PDF page by page and keeps its extracted text as the document', async () => {
		const pdf = await makeTextPdf([[NOTES.split('\n\n')[0]], [NOTES.split('\n\n')[1]]]);
		const messages = await run({
			kind: 'file',
			name: 'chapter.pdf',
			mimeType: 'application/pdf',
			bytes: pdf
		});
		const pages = messages.flatMap((m) =>
			m.type === 'progress' && m.progress.phase === 'reading' ? [m.progress.done] : []
		);
		expect(pages).toEqual([0, 1, 2]);
		const done = messages.at(-1);
		expect(done?.type).toBe('done');
		if (done?.type === 'done') expect(done.document.text).toContain('Lenin died on 21 January 1924');
	});

	it('turns bad input into a failure message, never a crash', async () => {
		const [failed] = (
			await run({ kind: 'file', name: 'a.txt', mimeType: 'text/plain', bytes: new Uint8Array() })
		).filter((m) => m.type === 'failed');
		expect(failed).toMatchObject({ type: 'failed', jobId: 7, code: 'empty' });
		const [pasted] = (await run({ kind: 'text', name: 'x', text: '1922 1924 — 17' })).filter(
			(m) => m.type === 'failed'
		);
		expect(pasted).toMatchObject({ code: 'no-text' });
	});
});
