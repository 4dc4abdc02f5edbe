import type { IngestedDocument, Sentence } from '../../src/lib/ingest/types';
import { extractOfficeFacts } from '../../src/lib/extract/offices';

/**
 * A tiny IngestedDocument for extractor tests: paragraphs of clean sentences, the original equal to
 * the clean text (identity offset map). Paragraphs are separated by blank lines; a line starting with
 * "- " is a list item; a line "# Title" starts a section.
 */
export function docFromText(text: string, name = 'test.txt', author?: string): IngestedDocument {
	const sentences: Sentence[] = [];
	const sections: IngestedDocument['sections'] = [];
	let paragraphIndex = -1;
	const startSection = (title: string | null, at: number): void => {
		const prev = sections[sections.length - 1];
		if (prev) {
			prev.end = at;
			prev.cleanEnd = at;
		}
		sections.push({
			title,
			start: at,
			end: text.length,
			cleanStart: at,
			cleanEnd: text.length,
			attribution: {}
		});
	};
	startSection(null, 0);
	let pos = 0;
	let blank = true;
	for (const line of text.split('\n')) {
		const lineStart = pos;
		pos += line.length + 1;
		if (!line.trim()) {
			blank = true;
			continue;
		}
		if (line.startsWith('# ')) {
			if (sections.length === 1 && sentences.length === 0) sections[0].title = line.slice(2);
			else startSection(line.slice(2), lineStart);
			sections[sections.length - 1].title = line.slice(2);
			blank = true;
			continue;
		}
		const listItem = line.startsWith('- ');
		if (blank || listItem) paragraphIndex++;
		blank = false;
		const body = listItem ? line.slice(2) : line;
		const bodyStart = listItem ? lineStart + 2 : lineStart;
		// Split after ". " followed by a capital, but not after initials ("V. I. Lenin").
		let from = 0;
		const cut = (end: number): void => {
			const raw = body.slice(from, end);
			const lead = raw.length - raw.trimStart().length;
			const t = raw.trim();
			if (t) {
				const cs = bodyStart + from + lead;
				sentences.push({
					text: t,
					start: cs,
					end: cs + t.length,
					cleanStart: cs,
					cleanEnd: cs + t.length,
					sectionIndex: sections.length - 1,
					paragraphIndex,
					listItem
				});
			}
			from = end;
		};
		for (let i = 0; i < body.length; i++) {
			if (/[.!?]/.test(body[i]) && body[i + 1] === ' ' && /[A-Z"“]/.test(body[i + 2] ?? '')) {
				const before = body.slice(Math.max(0, i - 3), i);
				if (
					/(?:^|[\s(])[A-Z][a-z]?$/.test(before) ||
					/\b(?:No|Nov|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Dec|Mr|Dr|St)$/.test(
						body.slice(Math.max(0, i - 4), i)
					)
				)
					continue;
				cut(i + 1);
			}
		}
		cut(body.length);
	}
	const map = new Int32Array(text.length + 1);
	for (let i = 0; i <= text.length; i++) map[i] = i;
	return {
		document: name,
		original: text,
		clean: text,
		cleanToOriginal: map,
		sections,
		sentences,
		attribution: author ? { author } : {},
		warnings: []
	};
}

/**
 * The office facts of a text in the few fields a test checks, undefined ones left out, so a test can
 * compare with `expect.objectContaining` or exactly with the fields it names.
 */
export function officeSummaries(text: string) {
	return extractOfficeFacts(docFromText(text)).map((f) => ({
		person: f.person,
		office: f.office,
		organisation: f.organisation,
		how: f.how,
		start: f.start?.start.iso,
		end: f.end?.start.iso,
		predecessor: f.predecessor,
		successor: f.successor,
		forced: f.forced,
		during: f.during
	}));
}
