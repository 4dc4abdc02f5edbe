/**
 * Why an import was refused, in words a student understands. The code lets the UI and tests tell the
 * cases apart; the message is what the user reads.
 */
export type ImportErrorCode =
	| 'empty'
	| 'binary'
	| 'too-large'
	| 'no-text'
	| 'scanned-pdf'
	| 'encrypted-pdf'
	| 'malformed-pdf'
	| 'malformed-docx'
	| 'unsupported'
	| 'quota';

export class ImportError extends Error {
	readonly code: ImportErrorCode;
	constructor(code: ImportErrorCode, message: string) {
		super(message);
		this.name = 'ImportError';
		this.code = code;
	}
}

/** Largest file accepted before reading it at all: PDFs carry images, so this is above the text limit. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** Largest extracted text: ten times the biggest book-length source we know, and still fast to generate. */
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;

export function megabytes(n: number): string {
	return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function fileTooLarge(name: string, bytes: number): ImportError {
	return new ImportError(
		'too-large',
		`“${name}” is ${megabytes(bytes)}; Annals imports files up to ${megabytes(MAX_FILE_BYTES)}. Split it into chapters and import them one by one.`
	);
}

export function textTooLong(name: string, chars: number): ImportError {
	return new ImportError(
		'too-large',
		`“${name}” holds ${megabytes(chars)} of text; Annals imports up to ${megabytes(MAX_TEXT_CHARS)} of text per document. Split it into chapters and import them one by one.`
	);
}

/**
 * Any error with a known `code` and a message (the ingest stage's IngestError included) as an
 * ImportError; undefined for errors that are bugs, not bad input.
 */
export function asImportError(error: unknown): ImportError | undefined {
	if (error instanceof ImportError) return error;
	if (error instanceof Error) {
		const code = (error as Error & { code?: unknown }).code;
		const known: ImportErrorCode[] = ['empty', 'binary', 'too-large', 'no-text'];
		if (typeof code === 'string' && (known as string[]).includes(code))
			return new ImportError(code as ImportErrorCode, error.message);
		if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) return quotaExceeded();
	}
	return undefined;
}

export function quotaExceeded(): ImportError {
	return new ImportError(
		'quota',
		'Your device is out of storage space for Annals, so nothing was added. Free some space (or delete documents you no longer need) and try again.'
	);
}
