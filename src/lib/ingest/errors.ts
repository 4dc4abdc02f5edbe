/** Why a document could not be read; `message` is shown to the user as it stands. */
export type IngestErrorCode = 'empty' | 'binary' | 'too-large' | 'no-text';

export class IngestError extends Error {
	readonly code: IngestErrorCode;

	constructor(code: IngestErrorCode, message: string) {
		super(message);
		this.name = 'IngestError';
		this.code = code;
	}
}

/**
 * Largest document we clean, in characters. A 20 MB text is roughly a 10 000-page book — far beyond
 * any study document — and cleaning it still fits in a few seconds and a few hundred MB of memory
 * (offset maps cost 4 bytes per character, several passes keep one alive at a time). Anything bigger
 * is almost certainly a mistaken file, so we refuse it at once instead of freezing a phone.
 */
export const MAX_DOCUMENT_CHARS = 20_000_000;
