/**
 * One import, start to finish, as the worker runs it: read the file to text, generate the deck, and
 * report progress and the outcome as messages. The generator and pdfjs are passed in so this runs the
 * same under test (Node) as in the browser worker.
 */
import type { DeckFile } from '../cards/types';
import type {
	GenerateRequest,
	GenerateResponse,
	ImportProgress,
	ReadResult
} from '../generate/generate-messages';
import { asImportError } from './errors';
import type { PdfLib } from './pdf';
import { deckTitle } from '../generate/deck-names';
import { readDocument, readPastedText } from './readers';

export interface GeneratorProgress {
	done: number;
	total: number;
	cardsFound: number;
	step?: string;
}

/** The generator as the import needs it: one document's deck, with progress while it works. */
export type DeckGenerator = (
	name: string,
	text: string,
	onProgress: (progress: GeneratorProgress) => void
) => DeckFile | Promise<DeckFile>;

export interface ImportJobDeps {
	generate: DeckGenerator;
	loadPdf: () => Promise<PdfLib>;
	post: (message: GenerateResponse) => void;
	now: () => number;
}

export async function runImportJob(request: GenerateRequest, deps: ImportJobDeps): Promise<void> {
	const { jobId, source } = request;
	const started = deps.now();
	const progress = (p: ImportProgress) => deps.post({ type: 'progress', jobId, progress: p });
	try {
		progress({ phase: 'reading', done: 0, total: 1, cardsFound: 0 });
		let document: ReadResult;
		if (source.kind === 'text') {
			const read = readPastedText(source.text);
			document = { name: source.name, title: deckTitle(source.name), ...read };
		} else {
			const read = await readDocument(source.name, source.bytes, source.mimeType, {
				pdfjs:
					source.name.toLowerCase().endsWith('.pdf') || isPdf(source.bytes)
						? await deps.loadPdf()
						: undefined,
				onPage: (done, total) => progress({ phase: 'reading', done, total, cardsFound: 0 })
			});
			document = {
				name: source.name,
				format: read.format,
				text: read.text,
				warnings: read.warnings,
				title: read.title ?? deckTitle(source.name)
			};
		}
		progress({ phase: 'generating', done: 0, total: 1, cardsFound: 0 });
		const generated = await deps.generate(document.name, document.text, (p) =>
			progress({ phase: 'generating', ...p })
		);
		const deck: DeckFile = { ...generated, id: request.documentId, title: document.title };
		progress({ phase: 'generating', done: 1, total: 1, cardsFound: deck.cards.length });
		deps.post({ type: 'done', jobId, document, deck, elapsedMs: deps.now() - started });
	} catch (error) {
		const known = asImportError(error);
		if (known) deps.post({ type: 'failed', jobId, code: known.code, message: known.message });
		else
			deps.post({
				type: 'failed',
				jobId,
				code: 'bug',
				message: `Annals could not import this document (${error instanceof Error ? error.message : String(error)}). Nothing was added.`
			});
	}
}

function isPdf(bytes: Uint8Array): boolean {
	return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}
