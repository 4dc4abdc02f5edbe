import { IngestError, MAX_DOCUMENT_CHARS } from './errors';

/**
 * Turn a file's bytes into text. Strips a UTF-8 BOM; text that is not valid UTF-8 is read as
 * windows-1252 (the usual encoding of old Western text files) with a warning, so an accented name
 * never turns into replacement characters silently.
 */
export function decodeDocumentBytes(bytes: Uint8Array): { text: string; warnings: string[] } {
	if (bytes.length === 0) throw new IngestError('empty', 'The file is empty.');
	// UTF-8 needs at most 4 bytes per character; reject before decoding a giant buffer.
	if (bytes.length > MAX_DOCUMENT_CHARS * 4) throw tooLarge();
	if (looksBinary(bytes)) {
		throw new IngestError('binary', 'This file is not a text document (it contains binary data).');
	}
	const warnings: string[] = [];
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		text = new TextDecoder('windows-1252').decode(bytes);
		warnings.push('The file is not valid UTF-8; it was read as Windows-1252 (Western European) text.');
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.length > MAX_DOCUMENT_CHARS) throw tooLarge();
	return { text, warnings };
}

export function tooLarge(): IngestError {
	return new IngestError(
		'too-large',
		`This document is too large to turn into cards (the limit is ${MAX_DOCUMENT_CHARS / 1_000_000} million characters). Split it into smaller files.`
	);
}

/**
 * Binary files (images, archives, executables, UTF-16 without BOM) contain NUL bytes or are mostly
 * control characters; genuine text has neither. Only the head is sampled: enough to decide, and fast.
 */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 64 * 1024);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
	}
	return control > n * 0.1;
}
