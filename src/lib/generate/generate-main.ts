/**
 * The page's side of an import: starts a worker for the job, relays its progress, and cancels by
 * terminating it. Nothing is written anywhere until the user adds the previewed cards, so a cancelled
 * (or crashed) import leaves nothing behind.
 */
import type { DeckFile } from '../cards/types';
import type {
	GenerateRequest,
	GenerateResponse,
	ImportProgress,
	ImportSource,
	ReadResult
} from './generate-messages';

export interface GeneratedImport {
	document: ReadResult;
	deck: DeckFile;
	elapsedMs: number;
}

/** Raised (as a rejection) by a job the user cancelled; the UI shows nothing for it. */
export class ImportCancelled extends Error {
	constructor() {
		super('Import cancelled');
		this.name = 'ImportCancelled';
	}
}

/** The worker refused the input (bad file) or failed; `message` is written for the user. */
export class ImportFailed extends Error {
	readonly code: string;
	constructor(code: string, message: string) {
		super(message);
		this.name = 'ImportFailed';
		this.code = code;
	}
}

export interface ImportJob {
	result: Promise<GeneratedImport>;
	cancel(): void;
}

export function createGenerateWorker(): Worker {
	return new Worker(new URL('./generate-worker.ts', import.meta.url), { type: 'module' });
}

let nextJobId = 1;

export function startImport(
	source: ImportSource,
	documentId: string,
	onProgress: (progress: ImportProgress) => void,
	createWorker: () => Worker = createGenerateWorker
): ImportJob {
	const worker = createWorker();
	const jobId = nextJobId++;
	let settle: { resolve: (r: GeneratedImport) => void; reject: (e: Error) => void } | undefined;
	const result = new Promise<GeneratedImport>((resolve, reject) => {
		settle = { resolve, reject };
	});
	const finish = (outcome: GeneratedImport | Error) => {
		if (!settle) return;
		const { resolve, reject } = settle;
		settle = undefined;
		worker.terminate();
		if (outcome instanceof Error) reject(outcome);
		else resolve(outcome);
	};
	worker.onmessage = (event: MessageEvent<GenerateResponse>) => {
		const message = event.data;
		if (message.jobId !== jobId) return;
		if (message.type === 'progress') onProgress(message.progress);
		else if (message.type === 'done')
			finish({ document: message.document, deck: message.deck, elapsedMs: message.elapsedMs });
		else finish(new ImportFailed(message.code, message.message));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		finish(
			new ImportFailed(
				'bug',
				`The import stopped unexpectedly (${event.message || 'worker error'}). Nothing was added.`
			)
		);
	};
	const request: GenerateRequest = { type: 'generate', jobId, documentId, source };
	// Hand the file's bytes over instead of copying them: a big PDF is not duplicated in memory.
	worker.postMessage(request, source.kind === 'file' ? [source.bytes.buffer] : []);
	return { result, cancel: () => finish(new ImportCancelled()) };
}
