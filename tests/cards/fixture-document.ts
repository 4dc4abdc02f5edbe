/**
 * A minimal stand-in for ingest in unit tests of the card layer: paragraphs split at blank lines,
 * sentences at full stops, offsets are identity (the fixture texts are already clean). Lets the
 * templates and the filter be tested on small real excerpts without depending on the cleaner.
 */
import type { Attribution, IngestedDocument, Section, Sentence } from '../../src/lib/ingest/types';

export function fixtureDocument(
	name: string,
	text: string,
	attribution: Attribution = {},
	sectionTitle: string | null = null
): IngestedDocument {
	const sentences: Sentence[] = [];
	let paragraphIndex = 0;
	const paragraph = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
	for (const p of text.matchAll(paragraph)) {
		const base = p.index ?? 0;
		const sentenceRe = /[^.!?]+(?:[.!?]+|$)/g;
		for (const s of p[0].matchAll(sentenceRe)) {
			const raw = s[0];
			const lead = raw.length - raw.trimStart().length;
			const start = base + (s.index ?? 0) + lead;
			const end = base + (s.index ?? 0) + raw.trimEnd().length;
			if (end <= start) continue;
			sentences.push({
				text: text.slice(start, end).replace(/\s+/g, ' '),
				start,
				end,
				cleanStart: start,
				cleanEnd: end,
				sectionIndex: 0,
				paragraphIndex,
				listItem: /^\s*[-*•]/.test(p[0])
			});
		}
		paragraphIndex++;
	}
	const section: Section = {
		title: sectionTitle,
		start: 0,
		end: text.length,
		cleanStart: 0,
		cleanEnd: text.length,
		attribution
	};
	const map = new Int32Array(text.length + 1).map((_, i) => i);
	return {
		document: name,
		original: text,
		clean: text,
		cleanToOriginal: map,
		sections: [section],
		sentences,
		attribution,
		warnings: []
	};
}
