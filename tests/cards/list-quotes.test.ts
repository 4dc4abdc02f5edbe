import { describe, expect, it } from 'vitest';
import { officeCards } from '../../src/lib/cards/templates';
import type { OfficeFact } from '../../src/lib/extract/types';
import { fixtureDocument } from './fixture-document';

// Power struggle notes: a list of posts under the line that names whose they are.
const text = [
	"Key posts taken by Stalin during Lenin's time:",
	"- People's Commissar for Nationalities (1917)",
	'- Liaison Officer between Politburo and Orgburo (1919)',
	"- Head of the Workers' and Peasants' Inspectorate (1919)"
].join('\n');

describe('an item of a list', () => {
	it('is quoted with the line that introduces the list, so the quote shows whose post it was', () => {
		const doc = fixtureDocument('notes.txt', text);
		// The fixture splits at full stops: mark each line as its own list item, as ingest does.
		const lines = text.split('\n');
		let at = 0;
		doc.sentences = lines.map((line, i) => {
			const start = text.indexOf(line, at);
			at = start + line.length;
			return {
				text: line,
				start,
				end: start + line.length,
				cleanStart: start,
				cleanEnd: start + line.length,
				sectionIndex: 0,
				paragraphIndex: 0,
				listItem: i > 0
			};
		});
		const item = doc.sentences[3];
		const fact: OfficeFact = {
			kind: 'office',
			sentence: item,
			importance: 0.6,
			person: 'Stalin',
			office: "Head of the Workers' and Peasants' Inspectorate",
			how: 'held',
			start: {
				start: { iso: '1919', precision: 'year', calendar: 'gregorian' },
				written: '1919',
				span: { start: item.end - 5, end: item.end - 1 }
			}
		};
		const [card] = officeCards(fact, { doc });
		expect(card.source.quote.startsWith("Key posts taken by Stalin during Lenin's time:")).toBe(true);
		expect(card.source.quote).toBe(text.slice(card.source.start, card.source.end));
	});
});
