import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDateFacts } from '../../src/lib/extract/dates';
import { extractOfficeFacts } from '../../src/lib/extract/offices';
import { ingestDocument } from '../../src/lib/ingest/index';

const dir = 'cards/sources/';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('date and office extractors on the bundled corpus', () => {
	for (const file of files) {
		it(`finds date facts in ${file}, every one quoting the original at its offsets`, () => {
			const doc = ingestDocument(file, readFileSync(dir + file, 'utf8'));
			const dates = extractDateFacts(doc);
			expect(dates.length).toBeGreaterThan(5);
			for (const f of dates) {
				expect(doc.original.slice(f.date.span.start, f.date.span.end)).toBe(f.date.written);
				expect(f.date.span.start).toBeGreaterThanOrEqual(f.passage?.start ?? f.sentence.start);
				expect(f.question).not.toMatch(/^(?:did|was|were) (?:he|she|it|this|they)\b/i);
			}
			const offices = extractOfficeFacts(doc);
			// Every corpus document names at least one post holder with a post.
			expect(offices.length).toBeGreaterThan(0);
			for (const o of offices) {
				expect(o.person).toMatch(/^[A-Z]/);
				for (const d of [o.start, o.end])
					if (d) expect(doc.original.slice(d.span.start, d.span.end)).toBe(d.written);
			}
		});
	}
});
