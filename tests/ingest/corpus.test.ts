import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest/index';
import { corpusFile } from './helpers';
import { checkProvenance } from './provenance.test';

const FILES = [
	'kalinin-speeches-and-works.txt',
	'kalinin-wikipedia.txt',
	'stalin-works-volume-6-1924.txt',
	'stalin-lenin-quotes-and-articles.txt',
	'power-struggle-after-lenin-notes.txt'
];

describe.each(FILES)('ingesting the bundled corpus: %s', (file) => {
	const original = corpusFile(file);
	const doc = ingestDocument(file, original);

	it('yields sentences free of debris', () => {
		expect(doc.sentences.length).toBeGreaterThan(50);
		for (const s of doc.sentences) {
			expect(s.text).not.toContain('\n');
			expect(s.text).not.toMatch(/\b(\w ){4,}\w\b/); // letter-spacing
			expect(s.text).not.toMatch(/https?:|www\./);
			expect(s.text).not.toContain('**');
			expect(s.text).not.toMatch(/FROM MARX|\bMAO\b|NOT FOR|COMMERCIAL|DISTRIBUTION/); // watermark
			expect(s.text).not.toMatch(/S T A L I N|\.(?:jpe?g|png)\b/i);
			expect(s.text).not.toMatch(/\(\s*[,;]/); // "(, ;" date debris
		}
	});

	it('points every sentence at its exact passage of the original', () => {
		checkProvenance(doc);
	});
});

describe('corpus specifics', () => {
	it('removes the encyclopedia glosses and the category footer', () => {
		const doc = ingestDocument('wiki', corpusFile('kalinin-wikipedia.txt'));
		expect(doc.clean).not.toMatch(/\.\.\.$|\s\.\.\.\n|Recipients of the Order|Burials at the Kremlin/m);
		expect(
			doc.sentences.some((s) =>
				s.text.includes('member of the Politburo of the Communist Party of the Soviet Union.')
			)
		).toBe(true);
	});

	it('attributes the works volume to its author and keeps its chapters under the work', () => {
		const doc = ingestDocument('vol6', corpusFile('stalin-works-volume-6-1924.txt'));
		expect(doc.attribution).toEqual({ author: 'Stalin', year: 1924 });
		const method = doc.sections.find((s) => s.title === 'Method');
		expect(method?.attribution).toMatchObject({
			author: 'Stalin',
			work: 'The Foundations of Leninism',
			year: 1924
		});
	});
});
