import { describe, expect, it } from 'vitest';
import { IngestError, ingestDocument, MAX_DOCUMENT_CHARS } from '../../src/lib/ingest/index';

function failure(text: string): { code?: string; message?: string } {
	try {
		ingestDocument('bad.txt', text);
	} catch (e) {
		if (e instanceof IngestError) return { code: e.code, message: e.message };
		throw e;
	}
	return {};
}

describe('ingestDocument on bad input', () => {
	it('rejects an empty or whitespace-only document as empty', () => {
		expect(failure('').code).toBe('empty');
		expect(failure(' \n\t\u00a0\n  \r\n').code).toBe('empty');
	});

	it('rejects text with NUL bytes as binary', () => {
		expect(failure('PK\u0003\u0004\u0000\u0000 some zip').code).toBe('binary');
	});

	it('rejects a document with no letters at all', () => {
		const f = failure('12 34 56\n--- * * *\n7 8 9');
		expect(f.code).toBe('no-text');
		expect(f.message).toMatch(/no words/);
	});

	it('rejects a 50 MB string at once with too-large', () => {
		const huge = 'The Party congress met in Moscow. '.repeat(Math.ceil(50_000_000 / 34));
		const t = performance.now();
		const f = failure(huge);
		expect(f.code).toBe('too-large');
		expect(f.message).toMatch(/too large/);
		expect(performance.now() - t).toBeLessThan(100);
		expect(huge.length).toBeGreaterThan(MAX_DOCUMENT_CHARS);
	});

	it('cleans mis-decoded text (replacement characters, stray controls) without crashing', () => {
		const doc = ingestDocument(
			'odd.txt',
			'Caf\ufffd \u0007society met.\fNext page. \ud800 Lone surrogate here.'
		);
		expect(doc.sentences.length).toBeGreaterThan(0);
		for (const s of doc.sentences) expect(s.text.includes('\u0007') || s.text.includes('\f')).toBe(false);
	});

	it('processes a large ordinary document in linear time', () => {
		const para = 'In 1924 the congress elected the Central Committee. It met in Moscow on May 23.\n';
		const small = para.repeat(2_000);
		const big = para.repeat(8_000);
		const time = (s: string) => {
			const t = performance.now();
			ingestDocument('x.txt', s);
			return performance.now() - t;
		};
		time(small); // warm up the JIT
		const ts = time(small);
		const tb = time(big);
		expect(tb).toBeLessThan(ts * 4 * 3 + 50);
	});
});

describe('ingestDocument on adversarial input', () => {
	const cases: Array<[string, string]> = [
		['unclosed brackets', 'See ' + '['.repeat(200_000) + ' 1924 pp. 5'],
		['a long dotted token', 'a.'.repeat(100_000) + 'b'],
		['leader dots without a page number', 'Contents ' + '. '.repeat(50_000) + 'a 5'],
		['an image extension after a long token', 'x'.repeat(200_000) + '.png here.'],
		['thousands of repeated short capitals', 'The Party met.\nTO\nMAO\n'.repeat(20_000)],
		['one giant letter-spaced line', 'T h e p a r t y m e t . '.repeat(20_000)],
		['asterisks everywhere', 'word* '.repeat(60_000)]
	];
	it.each(cases)('stays fast on %s', (_name, text) => {
		const t = performance.now();
		const doc = ingestDocument('adversarial.txt', text);
		expect(doc.clean.length).toBeLessThanOrEqual(text.length * 2);
		expect(performance.now() - t).toBeLessThan(5_000);
	});
});
