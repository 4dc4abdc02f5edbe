import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/ingest/sentences';
import { readableName, readableTitle } from '../../src/lib/ingest/attribution';
import { corpusFile, ingest, sentenceTexts, sentenceWith } from './helpers';
import { ingestDocument } from '../../src/lib/ingest/index';

const pieces = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('sentence splitting', () => {
	it('does not split after initials, month and place abbreviations or "No."', () => {
		expect(
			pieces(
				'Kalinin was born Nov. 7 (19), 1875, near Tver. He worked in St. Petersburg. V. I. Lenin proposed M. I. Kalinin in No. 70 of Izvestia. See Vol. VIII, p. 506. The end!'
			)
		).toEqual([
			'Kalinin was born Nov. 7 (19), 1875, near Tver.',
			'He worked in St. Petersburg.',
			'V. I. Lenin proposed M. I. Kalinin in No. 70 of Izvestia.',
			'See Vol. VIII, p. 506.',
			'The end!'
		]);
	});

	it('ends a sentence after a dotted acronym only when a new sentence clearly starts', () => {
		expect(pieces('He lived in the U.S.S.R. The war came. The R.C.P.(B.) Central Committee met.')).toEqual([
			'He lived in the U.S.S.R.',
			'The war came.',
			'The R.C.P.(B.) Central Committee met.'
		]);
	});

	it('keeps quoted sentences and question marks together with their closing quote', () => {
		expect(
			pieces('Lenin asked: "Who will take over?" Nobody answered. "Long live the Party!" they cried.')
		).toEqual([
			'Lenin asked: "Who will take over?"',
			'Nobody answered.',
			'"Long live the Party!" they cried.'
		]);
	});
});

describe('segmentation of a works volume (corpus excerpt)', () => {
	const volume = corpusFile('stalin-works-volume-6-1924.txt');
	const head = volume.slice(0, volume.indexOf('THIRTEENTH CONFERENCE'));

	it('finds the volume author and year from its head and titles each work with its dateline year', () => {
		const doc = ingestDocument('vol6.txt', head);
		expect(doc.attribution).toEqual({ author: 'Stalin', year: 1924 });
		const discussion = doc.sections.find((s) => s.title === 'The Discussion');
		expect(discussion?.attribution).toEqual({ author: 'Stalin', work: 'The Discussion', year: 1924 });
		expect(doc.original.slice(discussion!.start, discussion!.start + 14)).toBe('THE DISCUSSION');
	});

	it('reads a works volume title page ("J. V. S T A L I N / WORKS / VOLUME 6 / 1924")', () => {
		const doc = ingest(
			'J. V. S T A L I N\n\nWORKS\n\nVOLUME 6\n\n1924\n\nFOREIGN LANGUAGES PUBLISHING HOUSE\n\n' +
				'THE DISCUSSION\nInterview With a Rosta Correspondent\nJanuary 9, 1924\n\nThe discussion which has extensively developed in\nthe R.C.P.(B.) and its press will be summed up by the conference.\n'
		);
		expect(doc.attribution).toEqual({ author: 'Stalin', year: 1924 });
		expect(doc.sections.at(-1)?.attribution).toEqual({
			author: 'Stalin',
			work: 'The Discussion',
			year: 1924
		});
	});

	it('unwraps hard line breaks and keeps numbered questions as list items', () => {
		const doc = ingestDocument('vol6.txt', head);
		const q = sentenceWith(doc, 'Ought our Party to be a united');
		expect(q?.listItem).toBe(true);
		expect(q?.text).toBe(
			'Ought our Party to be a united, independently acting organism with a united will; or, on the contrary, should we allow the formation of various factions and groups as contracting parties within the Party?'
		);
		expect(sentenceTexts(doc)).toContain(
			'The present discussion has revealed the extremely high degree of political maturity of the workingclass masses, who have in their hands the state power in the U.S.S.R.'
		);
	});

	it('keeps a chronicle date with its event as one list item', () => {
		const start = volume.indexOf('\nMay 24\n\nJ . V. S t a l i n');
		const doc = ingestDocument('chronicle.txt', volume.slice(start - 2000, start + 400));
		const item = sentenceWith(doc, 'May 24:');
		expect(item?.listItem).toBe(true);
		expect(item?.text).toBe(
			"May 24: J. V. Stalin makes the Central Committee's organisational report at the Thirteenth Congress of the R.C.P.(B.)."
		);
		expect(doc.original.slice(item!.start, item!.end)).toMatch(
			/^May 24\n\nJ \. V\. S t a l i n m a k e s[\s\S]*R\.C\.P\.\(B\.\)\.$/
		);
	});
});

describe('attribution in a collection (corpus excerpt)', () => {
	const collection = corpusFile('stalin-lenin-quotes-and-articles.txt');
	const doc = ingestDocument(
		'collection.txt',
		collection.slice(0, collection.indexOf('International Stalin Society'))
	);

	it('reads "Lenin on …" headings and signatures with years', () => {
		const [lenin, krupskaya] = doc.sections;
		expect(lenin.title).toBe("Lenin on 'Jewish Nation'");
		expect(lenin.attribution).toMatchObject({ author: 'Lenin', year: 1903 });
		expect(krupskaya.title).toBe("Lenin's Wife on Stalin and the Trotskyites");
		expect(krupskaya.attribution).toMatchObject({ author: 'Krupskaya', year: 1936 });
		const s = sentenceWith(doc, 'Their love for Stalin has grown.');
		expect(doc.sections[s!.sectionIndex].attribution.author).toBe('Krupskaya');
	});

	it('leaves a document without any authorship clue unattributed', () => {
		const notes = ingest('Stalin became General Secretary in April 1922.\n\nTrotsky was expelled in 1927.');
		expect(notes.attribution).toEqual({});
		expect(notes.sections[0].attribution).toEqual({});
	});
});

describe('names and titles', () => {
	it('gives surname-led readable names', () => {
		expect(readableName('V. I. LENIN (1903)')).toBe('Lenin');
		expect(readableName('N. K. Krupskaya')).toBe('Krupskaya');
		expect(readableName('J. V. STALIN')).toBe('Stalin');
		expect(readableName('ANDREW ROTHSTEIN')).toBe('Rothstein');
		expect(readableName('Kim Jong il')).toBe('Kim Jong il');
	});

	it('turns upper-case titles into title case and drops a trailing endnote number', () => {
		expect(readableTitle('THE FOUNDATIONS OF LENINISM 15')).toBe('The Foundations of Leninism');
		expect(readableTitle("THE PARTY'S IMMEDIATE TASKS IN THE COUNTRYSIDE")).toBe(
			"The Party's Immediate Tasks in the Countryside"
		);
		expect(readableTitle('THIRTEENTH CONFERENCE OF THE R. C. P. (B.) 1')).toBe(
			'Thirteenth Conference of the R. C. P. (B.)'
		);
		expect(readableTitle('VOLUME 6')).toBe('Volume 6');
	});
});
