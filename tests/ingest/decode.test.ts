import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes, IngestError } from '../../src/lib/ingest/index';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		return e instanceof IngestError ? e.code : 'other';
	}
	return undefined;
}

describe('decodeDocumentBytes', () => {
	it('reads UTF-8 and strips a byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Lenin’s Works — Volume 6')]);
		const { text, warnings } = decodeDocumentBytes(bytes);
		expect(text).toBe('Lenin’s Works — Volume 6');
		expect(warnings).toEqual([]);
	});

	it('falls back to windows-1252 with a warning when the bytes are not valid UTF-8', () => {
		// "Königsberg – 1946" in windows-1252: ö = 0xF6, en dash = 0x96
		const bytes = new Uint8Array([...utf8('K'), 0xf6, ...utf8('nigsberg '), 0x96, ...utf8(' 1946')]);
		const { text, warnings } = decodeDocumentBytes(bytes);
		expect(text).toBe('Königsberg – 1946');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/not valid UTF-8/);
	});

	it('reads UTF-16 text with a byte-order mark (Notepad "Unicode")', () => {
		const le = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0xf6, 0x00, 0x6e, 0x00, 0x1c, 0x20, 0x1d, 0x20]);
		expect(decodeDocumentBytes(le).text).toBe('Kön“”');
		const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4c, 0x00, 0x65, 0x00, 0x6e]);
		expect(decodeDocumentBytes(be).text).toBe('Len');
	});

	it('rejects NUL bytes and control-character soup as binary, empty input as empty', () => {
		expect(codeOf(() => decodeDocumentBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe(
			'binary'
		);
		expect(codeOf(() => decodeDocumentBytes(new Uint8Array(200).fill(0x01)))).toBe('binary');
		expect(codeOf(() => decodeDocumentBytes(new Uint8Array(0)))).toBe('empty');
	});

	it('gives the user a plain sentence, not a stack trace', () => {
		try {
			decodeDocumentBytes(new Uint8Array([0, 1, 2]));
		} catch (e) {
			expect((e as Error).message).toMatch(/^This file is not a text document/);
			return;
		}
		throw new Error('expected a rejection');
	});
});
