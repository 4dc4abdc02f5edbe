/**
 * The conversation between the page and the import worker. Everything here is plain data (structured
 * clone), so the same shapes work across `postMessage` and in tests that call the handler directly.
 */
import type { DeckFile } from '../cards/types';
import type { DocumentFormat } from '../library/readers';
import type { ImportErrorCode } from '../library/errors';

/** What the user gave: a picked/dropped/shared file, or pasted text. */
export type ImportSource =
	| { kind: 'file'; name: string; mimeType: string; bytes: Uint8Array }
	| { kind: 'text'; name: string; text: string };

export interface GenerateRequest {
	type: 'generate';
	jobId: number;
	/** The document id the cards will belong to (decided by the page, unique in the library). */
	documentId: string;
	source: ImportSource;
}

export type ImportPhase = 'reading' | 'generating';

export interface ImportProgress {
	phase: ImportPhase;
	/** Pages (reading a PDF) or sections (generating) done so far, of `total`. */
	done: number;
	total: number;
	cardsFound: number;
	/** What the generator is doing now, in the user's words ("Finding dates, offices and theses"). */
	step?: string;
}

/** The document as it will be stored: its text is the original every quote is a slice of. */
export interface ReadResult {
	name: string;
	title: string;
	text: string;
	format: DocumentFormat;
	warnings: string[];
}

export type GenerateResponse =
	| { type: 'progress'; jobId: number; progress: ImportProgress }
	| { type: 'done'; jobId: number; document: ReadResult; deck: DeckFile; elapsedMs: number }
	| { type: 'failed'; jobId: number; code: ImportErrorCode | 'bug'; message: string };
