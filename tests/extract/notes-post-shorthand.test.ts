import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/extract';
import { ingestDocument } from '../../src/lib/ingest';
import type { DateFact, OfficeFact } from '../../src/lib/extract/types';

const facts = (markdown: string) => extractFacts(ingestDocument('notes.md', markdown));
const questions = (markdown: string) =>
	facts(markdown)
		.filter((f): f is DateFact => f.kind === 'date')
		.map((f) => f.question);

describe('revision notes that drop the passive’s auxiliary before a post', () => {
	it('asks when the holder was given a lower-case post or a numbered post, never when he gave it', () => {
		const found = questions(
			'- **Sokollu Mehmed** appointed grand vizier 28 June 1565\n- 9 Nov. 1888 – **Benjamin Harrison** elected 23rd President\n'
		);
		expect(found).toContain('was Sokollu Mehmed appointed grand vizier');
		expect(
			found.some((q) =>
				/^was Harrison elected 23rd President|^was Benjamin Harrison elected 23rd President/.test(q)
			)
		).toBe(true);
		expect(found.some((q) => /^did .* (?:appoint|elect) /.test(q))).toBe(false);
	});
});

describe('a ruler’s name and number in any alphabet', () => {
	it('keeps "Władysław IV" whole as the holder, not the numeral', () => {
		const offices = facts('- 8 Nov. 1632 – **Władysław IV** becomes king of Poland\n').filter(
			(f): f is OfficeFact => f.kind === 'office'
		);
		expect(offices.map((f) => f.person)).toContain('Władysław IV');
		expect(offices.map((f) => f.person)).not.toContain('IV');
	});
});

describe('revision notes with a participle and a place', () => {
	it('asks when the subject was defeated at a place, not when he defeated it', () => {
		const found = questions(
			'- **18 June 1815** – Napoleon defeated at **Waterloo** (Wellington + Blücher)\n'
		);
		expect(found).toContain('was Napoleon defeated at Waterloo');
		expect(found.some((q) => q.startsWith('did Napoleon defeat at'))).toBe(false);
	});

	it('still reads an object after an active verb', () => {
		expect(questions('- **2 Dec 1805** – Napoleon defeats Austria and Russia at **Austerlitz**\n')).toContain(
			'did Napoleon defeat Austria and Russia at Austerlitz'
		);
	});
});
