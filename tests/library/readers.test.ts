import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError, MAX_FILE_BYTES } from '../../src/lib/library/errors';
import { readDocument, readPastedText } from '../../src/lib/library/readers';
import { makeDocx, makeTextPdf } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(name: string, bytes: Uint8Array, mime = ''): Promise<ImportError> {
	const error = await readDocument(name, bytes, mime, { pdfjs }).then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ImportError);
	return error as ImportError;
}

describe('reading a picked file by its type', () => {
	it('reads text and Markdown as they are', async () => {
		const text = 'Kalinin was born on 19 November 1875.\n\n**Bold** note.';
		expect((await readDocument('notes.txt', utf8(text))).text).toBe(text);
		expect((await readDocument('notes.md', utf8(text))).format).toBe('markdown');
	});

	it('reduces HTML to text and takes its title', async () => {
		const read = await readDocument(
			'page.html',
			utf8('<title>Kalinin</title><p>Born in 1875.</p><script>alert(1)</script>')
		);
		expect(read).toMatchObject({ text: 'Born in 1875.', title: 'Kalinin', format: 'html' });
	});

	it('recognises a PDF by its bytes even under a wrong name, and reads a DOCX', async () => {
		const pdf = await makeTextPdf([['Lenin died on 21 January 1924 in Gorki.']]);
		expect((await readDocument('chapter.txt', pdf, '', { pdfjs })).format).toBe('pdf');
		const docx = await makeDocx('Notes', ['Stalin became General Secretary in 1922.']);
		expect((await readDocument('notes.docx', docx)).text).toContain('General Secretary in 1922');
	});

	it('refuses empty, binary, oversized, unsupported and fake files with their own message', async () => {
		expect((await refusal('empty.txt', new Uint8Array())).message).toMatch(/“empty.txt” is empty/);
		expect(
			(await refusal('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]))).code
		).toBe('binary');
		const huge = await refusal('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1));
		expect(huge.code).toBe('too-large');
		expect(huge.message).toMatch(/up to 40 MB/);
		const odt = await refusal('essay.odt', utf8('PK'));
		expect(odt.code).toBe('unsupported');
		expect(odt.message).toMatch(/\.txt, \.md, \.html, \.pdf and \.docx/);
		expect((await refusal('old.doc', utf8('x'))).message).toMatch(/as \.docx first/);
		expect((await refusal('renamed.docx', utf8('just text'))).code).toBe('malformed-docx');
		expect((await refusal('blank.html', utf8('<p>  </p><script>x()</script>'))).code).toBe('no-text');
	});

	it('checks pasted text like a file', () => {
		expect(readPastedText('In 1924 Lenin died.').text).toBe('In 1924 Lenin died.');
		expect(() => readPastedText('   \n ')).toThrow(/no text/);
	});
});
