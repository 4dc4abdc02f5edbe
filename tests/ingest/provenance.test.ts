import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IngestError, ingestDocument, originalSpan } from '../../src/lib/ingest/index';
import type { IngestedDocument } from '../../src/lib/ingest/types';

/** Pieces of the noise real documents carry, mixed at random with words. */
const NOISE = [
	' ',
	'  ',
	'\u00a0',
	'\u2009',
	'\u00ad',
	'\u200b',
	'-\n',
	'\n',
	'\n\n',
	'\r\n',
	'\n12\n',
	'\n\n137\n\nJ. V. S T A L I N\n\n',
	'\nFROM MARX\n',
	'\nTO\nMAO\n',
	'\nNOT FOR COMMERCIAL\n',
	'\u201c',
	'\u201d',
	'\u2019',
	'\u2014',
	'\u2013',
	'. ',
	'? ',
	'\u2026',
	'T h e T h i r t e e n t h ',
	' *',
	'.12 ',
	'[1]',
	' http://example.org/a/b ',
	'**',
	'*',
	'\n# ',
	'\n- ',
	'(, ; ',
	')',
	'File:Kalinin.jpg ',
	'\n...\n',
	'\nMay 24\n\n',
	'\t'
];
const WORDS = [
	'Lenin',
	'Stalin',
	'the',
	'party',
	'congress',
	'pro',
	'letariat',
	'Marxist',
	'Leninist',
	'In',
	'1924',
	'We',
	'see',
	'J.',
	'V.',
	'St.',
	'No.',
	'5'
];

const noisyDocument = fc
	.array(fc.oneof(fc.constantFrom(...NOISE), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), {
		minLength: 1,
		maxLength: 120
	})
	.map((parts) => parts.join(''));

function lettersOf(s: string): string {
	return s.replace(/[^\p{L}\d]/gu, '');
}

function isSubsequence(small: string, big: string): boolean {
	let k = 0;
	for (let i = 0; i < big.length && k < small.length; i++) if (big[i] === small[k]) k++;
	return k === small.length;
}

/** Collects every broken invariant (plain loops: the big corpus file has 700 000 characters). */
function provenanceProblems(doc: IngestedDocument): string[] {
	const problems: string[] = [];
	const { original, clean, cleanToOriginal: map } = doc;
	if (map.length !== clean.length + 1) problems.push('offset map length');
	for (let i = 1; i < map.length; i++) if (map[i] < map[i - 1]) problems.push(`map decreases at ${i}`);
	for (let i = 0; i < clean.length; i++) {
		if (map[i] < 0 || map[i] >= original.length) problems.push(`map out of bounds at ${i}`);
		// Letters and digits are copied from the original, never invented or altered.
		else if (/[\p{L}\d]/u.test(clean[i]) && original[map[i]] !== clean[i])
			problems.push(`letter ${i} not from original`);
	}
	for (const s of doc.sentences) {
		const quote = original.slice(s.start, s.end);
		const span = originalSpan(doc, s.cleanStart, s.cleanEnd);
		if (!(0 <= s.start && s.start <= s.end && s.end <= original.length)) problems.push(`bounds: ${s.text}`);
		else if (s.text !== clean.slice(s.cleanStart, s.cleanEnd)) problems.push(`clean slice: ${s.text}`);
		else if (s.text !== s.text.trim() || s.text.includes('\n')) problems.push(`untrimmed: ${s.text}`);
		else if (span.start !== s.start || span.end !== s.end) problems.push(`span: ${s.text}`);
		else if (quote.trim() !== quote) problems.push(`quote not trimmed: ${JSON.stringify(quote)}`);
		else if (!isSubsequence(lettersOf(s.text), lettersOf(quote)))
			problems.push(`letters: ${s.text} <- ${quote}`);
	}
	for (const section of doc.sections) {
		if (!(section.start <= section.end && section.end <= original.length))
			problems.push(`section ${section.title}`);
	}
	return problems.slice(0, 5);
}

function checkProvenance(doc: IngestedDocument): void {
	expect(provenanceProblems(doc)).toEqual([]);
}

describe('provenance of every sentence', () => {
	it('holds for arbitrary noisy input: exact original spans, monotonic offset map, letters never invented', () => {
		fc.assert(
			fc.property(noisyDocument, (text) => {
				let doc: IngestedDocument;
				try {
					doc = ingestDocument('noise.txt', text);
				} catch (e) {
					// Only the documented refusals are allowed, and only for input that deserves them.
					expect(e).toBeInstanceOf(IngestError);
					expect(['empty', 'no-text']).toContain((e as IngestError).code);
					return;
				}
				checkProvenance(doc);
			}),
			{ numRuns: 300, seed: 20241125 }
		);
	});
});

export { checkProvenance };
