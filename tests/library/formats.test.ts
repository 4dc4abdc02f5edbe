import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { docxToText } from '../../src/lib/library/docx';
import { ImportError } from '../../src/lib/library/errors';
import { htmlToText } from '../../src/lib/library/html';
import { pdfToText } from '../../src/lib/library/pdf';
import { makeDocx, makeEncryptedPdf, makeScannedPdf, makeTextPdf } from './fixtures';

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ImportError);
	return error as ImportError;
}

describe('HTML is reduced to its text without running anything', () => {
	it('drops scripts, styles and the head, keeps paragraphs and decodes entities', () => {
		const { text, title } = htmlToText(
			'<html><head><title>Lenin &amp; the Bund</title><script>alert("head")</script></head><body>' +
				'<h1>The Bund</h1><p>In 1903 the <b>Bund</b> left the congress.</p><script>document.title="x"</script>' +
				'<style>p { color: red }</style><p>It wrote &lt;img src=x onerror=alert(1)&gt; on its banner.</p>' +
				'<ul><li>First</li><li>Second</li></ul></body></html>'
		);
		expect(title).toBe('Lenin & the Bund');
		expect(text).toBe(
			'The Bund\n\nIn 1903 the Bund left the congress.\n\nIt wrote <img src=x onerror=alert(1)> on its banner.\n\nFirst\nSecond'
		);
		expect(text).not.toMatch(/alert\("head"\)|document\.title|color: red/);
	});

	it('shows the body of a page that never closes its head', () => {
		expect(htmlToText('<head><title>T</title><body><p>Kalinin was born in 1875.</p>').text).toBe(
			'Kalinin was born in 1875.'
		);
	});

	it('keeps the line breaks of preformatted text', () => {
		expect(htmlToText('<pre>1922  General Secretary\n1924  Lenin dies</pre>').text).toBe(
			'1922  General Secretary\n1924  Lenin dies'
		);
	});
});

describe('PDF text layer', () => {
	it('reads every page line by line with pages apart, so running headers repeat as lines', async () => {
		const bytes = await makeTextPdf([
			['Stalin became General Secretary in April 1922.', 'The post was then a technical one.'],
			['Lenin died on 21 January 1924.']
		]);
		const seen: number[] = [];
		const text = await pdfToText(bytes, pdfjs, (done) => seen.push(done));
		const lines = text.split('\n');
		expect(lines).toContain('Stalin became General Secretary in April 1922.');
		expect(lines).toContain('Lenin died on 21 January 1924.');
		expect(lines.filter((l) => l === 'A HISTORY OF THE PARTY')).toHaveLength(2);
		expect(text).toMatch(/^A HISTORY OF THE PARTY\n\nStalin became/);
		expect(text).toMatch(/one\.\n\n1\n\nA HISTORY/);
		expect(seen).toEqual([1, 2]);
	});

	it('refuses a scanned PDF with no text layer in plain words', async () => {
		const error = await refusal(pdfToText(await makeScannedPdf(), pdfjs));
		expect(error.code).toBe('scanned-pdf');
		expect(error.message).toMatch(/no text.*try a text PDF/i);
	});

	it('refuses a password-protected PDF', async () => {
		const error = await refusal(pdfToText(makeEncryptedPdf(), pdfjs));
		expect(error.code).toBe('encrypted-pdf');
		expect(error.message).toMatch(/password/);
	});

	it('refuses a damaged PDF', async () => {
		const bytes = (await makeTextPdf([['Some text that will be cut off.']])).slice(0, 300);
		const error = await refusal(pdfToText(bytes, pdfjs));
		expect(['malformed-pdf', 'scanned-pdf']).toContain(error.code);
	});
});

describe('DOCX', () => {
	it('reads headings and paragraphs of a real Word file', async () => {
		const bytes = await makeDocx('The Triumvirate', [
			'In 1923 Zinoviev, Kamenev and Stalin formed a triumvirate against Trotsky.',
			'Trotsky was removed as Commissar of War in January 1925.'
		]);
		const { text } = await docxToText(bytes);
		expect(text).toBe(
			'The Triumvirate\n\nIn 1923 Zinoviev, Kamenev and Stalin formed a triumvirate against Trotsky.\n\nTrotsky was removed as Commissar of War in January 1925.'
		);
	});

	it('refuses a damaged Word file', async () => {
		const bytes = (await makeDocx('T', ['Some paragraph.'])).slice(0, 200);
		const error = await refusal(docxToText(bytes));
		expect(error.code).toBe('malformed-docx');
	});
});
