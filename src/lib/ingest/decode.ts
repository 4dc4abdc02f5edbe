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
	// "Unicode" text saved by Windows Notepad: UTF-16 with a byte-order mark (its NUL bytes are not binary).
	const utf16 =
		bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe
			? 'utf-16le'
			: bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff
				? 'utf-16be'
				: null;
	if (utf16) {
		const text = new TextDecoder(utf16).decode(bytes.subarray(2));
		if (text.length > MAX_DOCUMENT_CHARS) throw tooLarge();
		if (text.includes('\u0000')) {
			throw new IngestError('binary', 'This file is not a text document (it contains binary data).');
		}
		return { text, warnings: [] };
	}
	if (looksBinary(bytes)) {
		throw new IngestError('binary', 'This file is not a text document (it contains binary data).');
	}
	const warnings: string[] = [];
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		text = decodeWindows1252(bytes);
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

/**
 * Windows-1252 by table: some runtimes (Node with small ICU) treat the label as ISO-8859-1 and turn
 * curly quotes and dashes (0x80–0x9F) into invisible control characters.
 */
const CP1252_HIGH =
	'\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
	'\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const CHUNK = 8192;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		let chunk = '';
		const end = Math.min(bytes.length, i + CHUNK);
		for (let k = i; k < end; k++) {
			const b = bytes[k];
			chunk += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
		}
		parts.push(chunk);
	}
	return parts.join('');
}
