/// <reference lib="webworker" />
/**
 * The import worker: reading files (PDF, DOCX, HTML…) and generating cards happen here, off the main
 * thread, so the page stays responsive during a long import. One worker per job; the page terminates it
 * to cancel.
 */
import { ImportError } from '../library/errors';
import { runImportJob, type DeckGenerator } from '../library/import-job';
import type { PdfLib } from '../library/pdf';
import type { GenerateRequest, GenerateResponse } from './generate-messages';
import { generateDeckSet, type GenerateProgress } from './index';

declare const self: DedicatedWorkerGlobalScope;

/** The generator's stages, in order, as the progress bar's steps and labels. */
const STEPS: Record<GenerateProgress['stage'], { at: number; label: string }> = {
	ingest: { at: 0, label: 'Cleaning the text' },
	extract: { at: 1, label: 'Finding dates, offices and theses' },
	cards: { at: 2, label: 'Writing cards' },
	merge: { at: 3, label: 'Checking for duplicates' },
	done: { at: 4, label: 'Done' }
};

const generateWithProgress: DeckGenerator = (name, text, onProgress) => {
	const { decks, errors } = generateDeckSet([{ name, text }], {
		onProgress: (p) => {
			const step = STEPS[p.stage];
			// The generator counts cards only at the end; the count is reported with the result.
			onProgress({ done: step.at, total: 4, cardsFound: 0, step: step.label });
		}
	});
	if (errors.length > 0) throw new ImportError('no-text', errors[0].message);
	return decks[0];
};

/** pdfjs is loaded only for PDFs, with its parser in this same worker (no nested worker needed). */
async function loadPdf(): Promise<PdfLib> {
	const [pdfjs, parser] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.mjs')
	]);
	(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
	return pdfjs;
}

self.onmessage = (event: MessageEvent<GenerateRequest>) => {
	void runImportJob(event.data, {
		generate: generateWithProgress,
		loadPdf,
		post: (message: GenerateResponse) => self.postMessage(message),
		now: () => performance.now()
	});
};
