import { originalSpan } from './offsets';
import type { Attribution, IngestedDocument, Section, Sentence } from './types';
import { IngestError, MAX_DOCUMENT_CHARS } from './errors';
import { decodeDocumentBytes, tooLarge } from './decode';
import { MappedBuilder, slice, trim } from './mapped';
import { normaliseCharacters } from './normalize';
import { buildVocabulary } from './vocabulary';
import { fixLetterSpacing } from './letterSpacing';
import { type Line, markBoilerplate } from './boilerplate';
import { cleanInline } from './inline';
import { type Block, type CleanLine, buildBlocks, isByline } from './paragraphs';
import { splitSentences } from './sentences';
import { joinAtAbbreviations, legendAbbreviations, splitAtArrows } from './notes';
import {
	authorFromByLine,
	authorFromTitle,
	datelineYear,
	documentAttribution,
	readableName,
	readableTitle,
	yearIn
} from './attribution';
import { isCapsLine, isRomanNumeral } from './lineKinds';

export { originalSpan, IngestError, decodeDocumentBytes, MAX_DOCUMENT_CHARS };
export type { IngestErrorCode } from './errors';

/**
 * Clean a document and cut it into sections and sentences, each pointing back at the exact passage
 * of the user's original text. Throws IngestError for input that is not a readable document.
 */
export function ingestDocument(name: string, text: string): IngestedDocument {
	validate(text);
	const warnings: string[] = [];
	const norm = normaliseCharacters(text);
	const vocab = buildVocabulary(norm.text);

	const lines: Line[] = [];
	let pos = 0;
	for (const raw of norm.text.split('\n')) {
		const m = trim(slice(norm, pos, pos + raw.length));
		pos += raw.length + 1;
		const fixed = m.text ? fixLetterSpacing(m, text, vocab) : m;
		lines.push({ m: fixed, blank: fixed.text.length === 0, drop: null, hardBreak: false, afterGloss: false });
	}
	const { watermarkWords, runningHeaders } = markBoilerplate(lines);

	const cleanLines: CleanLine[] = lines.map((line) => {
		if (line.blank || line.drop) return { ...line, brokenWord: false, heading: false };
		const heading = /^#{1,6}\s/.test(line.m.text);
		const { m, brokenWord } = cleanInline(line.m, vocab, watermarkWords);
		const t = trim(m);
		return { ...line, m: t, blank: t.text.length === 0, brokenWord, heading };
	});

	const blocks = mergeChronicle(buildBlocks(cleanLines, vocab));
	const doc = assemble(name, text, blocks, runningHeaders);
	doc.warnings.unshift(...warnings);
	if (doc.sentences.length === 0) doc.warnings.push('No readable sentences were found in this document.');
	return doc;
}

function validate(text: string): void {
	if (text.length > MAX_DOCUMENT_CHARS) throw tooLarge();
	if (!/\S/.test(text)) throw new IngestError('empty', 'The document is empty.');
	if (text.includes('\u0000')) {
		throw new IngestError('binary', 'This file is not a text document (it contains binary data).');
	}
	if (!/\p{L}/u.test(text)) throw new IngestError('no-text', 'The document contains no words to learn from.');
}

/**
 * A biographical chronicle sets a date on its own line and the event below it. Keep them together
 * ("January 21: …") so a date extractor reads the date with its event. Only where date lines recur
 * close together; a lone dateline under a title stays a dateline.
 */
function mergeChronicle(blocks: Block[]): Block[] {
	const dateAt = blocks.map((b) => b.kind === 'date');
	const out: Block[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		const next = blocks[i + 1];
		let nearby = false;
		for (let k = Math.max(0, i - 6); k <= Math.min(blocks.length - 1, i + 6); k++)
			if (k !== i && dateAt[k]) nearby = true;
		const afterTitle = i > 0 && blocks[i - 1].kind === 'title';
		if (
			b.kind === 'date' &&
			nearby &&
			!afterTitle &&
			next &&
			(next.kind === 'body' || next.kind === 'item')
		) {
			const builder = new MappedBuilder();
			builder.append(b.m);
			builder.insert(/[.:]$/.test(b.m.text) ? ' ' : ': ', next.m.map[0] ?? 0);
			builder.append(next.m);
			out.push({ kind: 'item', m: builder.build(), lines: [...b.lines, ...next.lines] });
			i++;
		} else out.push(b);
	}
	return out;
}

interface PlacedBlock extends Block {
	cleanStart: number;
	cleanEnd: number;
}

function assemble(
	name: string,
	original: string,
	blocks: Block[],
	runningHeaders: string[]
): IngestedDocument {
	const builder = new MappedBuilder();
	const placed: PlacedBlock[] = [];
	for (const b of blocks) {
		if (!b.m.text) continue;
		if (builder.size) builder.insert('\n\n', b.m.map[0]);
		const cleanStart = builder.size;
		builder.append(b.m);
		placed.push({ ...b, cleanStart, cleanEnd: builder.size });
	}
	const built = builder.build();
	const clean = built.text;
	const cleanToOriginal = new Int32Array(clean.length + 1);
	for (let i = 0; i < built.map.length; i++) cleanToOriginal[i] = built.map[i];
	cleanToOriginal[clean.length] = built.map.length ? built.map[built.map.length - 1] + 1 : 0;

	const doc: IngestedDocument = {
		document: name,
		original,
		clean,
		cleanToOriginal,
		sections: [],
		sentences: [],
		attribution: documentAttribution(clean.slice(0, 4000), runningHeaders, isByline),
		warnings: []
	};
	const sectionOf = buildSections(doc, placed);
	let paragraphIndex = 0;
	const abbreviations = legendAbbreviations(placed.map((b) => b.m.text));
	placed.forEach((b, bi) => {
		const dateline = b.kind === 'date' && bi > 0 && placed[bi - 1].kind === 'title';
		if (b.kind === 'title' || b.kind === 'byline' || dateline) return;
		const listItem = b.kind === 'item' || b.kind === 'date';
		const cut = joinAtAbbreviations(b.m.text, splitSentences(b.m.text), abbreviations);
		for (const [s, e] of splitAtArrows(b.m.text, cut)) {
			const cleanStart = b.cleanStart + s;
			const cleanEnd = b.cleanStart + e;
			const span = originalSpan(doc, cleanStart, cleanEnd);
			const sentence: Sentence = {
				text: clean.slice(cleanStart, cleanEnd),
				start: span.start,
				end: span.end,
				cleanStart,
				cleanEnd,
				sectionIndex: sectionOf[bi],
				paragraphIndex,
				listItem
			};
			doc.sentences.push(sentence);
		}
		paragraphIndex++;
	});
	return doc;
}

/** Cut the blocks into sections at each title and attribute each; returns the section of each block. */
function buildSections(doc: IngestedDocument, blocks: PlacedBlock[]): number[] {
	const sectionOf: number[] = [];
	const sections: Array<
		Section & {
			chapter: boolean;
			bodyBlocks: number;
			titleLines: string[];
			datelines: Array<[number, number]>;
			/** For a chapter ("I / THE HISTORICAL ROOTS OF LENINISM"): the section of its work. */
			parent?: number;
		}
	> = [];
	let pendingAuthor: Attribution | null = null;
	let parent: number | undefined;

	const open = (title: string | null, cleanStart: number, chapter: boolean) => {
		sections.push({
			title,
			start: 0,
			end: 0,
			cleanStart,
			cleanEnd: cleanStart,
			attribution: {},
			chapter,
			bodyBlocks: 0,
			titleLines: [],
			datelines: []
		});
	};
	blocks.forEach((b, bi) => {
		const current = sections[sections.length - 1];
		const capsBlock = (lines: string[]) => lines.some((l) => isCapsLine(l));
		// Title blocks with nothing between them are one heading when a Title Case heading was broken over
		// blank lines, or when a signed dedication follows the title; upper-case blocks in a row (a title
		// page, then the first work) are separate.
		const continuesHeading =
			b.kind === 'title' &&
			current &&
			current.title !== null &&
			current.bodyBlocks === 0 &&
			((!capsBlock(current.titleLines) && !capsBlock(b.lines)) || blocks[bi + 1]?.kind === 'byline');
		if (continuesHeading && current.title !== null) {
			// An upper-case title stays the title (what follows is a dedication); a Title Case heading broken
			// over blank-separated lines ("On the Candidacy … / For the Post of Chairman") is read whole.
			if (!capsBlock(current.titleLines)) {
				current.titleLines.push(...b.lines);
				current.title = sectionTitle(current.titleLines).title;
			}
			const byTitle = authorFromTitle(current.title);
			if (byTitle) current.attribution.author = byTitle;
			const year = yearIn(b.lines.join(' '));
			if (year && !current.chapter) current.attribution.year ??= year;
			if (!current.chapter && current.attribution.work) current.attribution.work = current.title;
		} else if (b.kind === 'title') {
			const { title, chapter } = sectionTitle(b.lines);
			open(title, b.cleanStart, chapter);
			const s = sections[sections.length - 1];
			s.titleLines = [...b.lines];
			const a = s.attribution;
			if (chapter && parent !== undefined) {
				s.parent = parent;
				Object.assign(a, sections[parent].attribution);
			}
			const byTitle = authorFromTitle(title);
			if (byTitle) a.author = byTitle;
			const year = b.lines.map((l) => yearIn(l)).find((y) => y !== undefined);
			if (year && !chapter) a.year = year;
			if (pendingAuthor) {
				a.author ??= pendingAuthor.author;
				if (pendingAuthor.year) a.year ??= pendingAuthor.year;
				pendingAuthor = null;
			}
			if (!chapter) parent = sections.length - 1;
		} else if (sections.length === 0) {
			open(null, b.cleanStart, false);
		}
		const s = sections[sections.length - 1];
		sectionOf[bi] = sections.length - 1;
		const a = s.attribution;
		if (b.kind === 'date' && bi > 0 && blocks[bi - 1].kind === 'title') {
			a.year ??= yearIn(b.m.text);
		} else if (b.kind === 'byline') {
			const author = readableName(b.m.text);
			const year = yearIn(b.m.text);
			// A name line right above a title heads the next work; otherwise it signs the current one.
			if (blocks[bi + 1]?.kind === 'title') pendingAuthor = { author, year };
			else if (s.bodyBlocks > 0 && !a.author) {
				a.author = author;
				if (year) a.year ??= year;
			}
		} else if (b.kind === 'body' || b.kind === 'item') {
			if (s.bodyBlocks === 0) {
				const by = authorFromByLine(b.m.text);
				if (by) a.author ??= by;
			}
			s.bodyBlocks++;
			const y = datelineYear(b.m.text);
			if (y && SOURCE_LINE.test(b.m.text)) a.year ??= y;
			else if (y && b.m.text.length <= 120) s.datelines.push([s.bodyBlocks, y]);
		}
		s.cleanEnd = b.cleanEnd;
	});
	for (const s of sections) {
		const a = s.attribution;
		// A dateline opens or closes a work ("January 10, 1924" under the title or after the signature).
		const edge = s.datelines.find(([n]) => n <= 2 || n >= s.bodyBlocks - 1);
		if (edge) a.year ??= edge[1];
		a.author ??= doc.attribution.author;
		if (!s.chapter && a.author && s.title) a.work = s.title;
		if (s.chapter && s.parent !== undefined && a.author) {
			const work = sections[s.parent];
			a.work = work.title ?? undefined;
			a.year ??= work.attribution.year;
		}
		if (a.author && a.year === undefined && doc.attribution.year !== undefined) a.year = doc.attribution.year;
		// A year means "when the author wrote or said it"; without an author it attributes nothing.
		if (!a.author) delete a.year;
		for (const key of Object.keys(a) as Array<keyof Attribution>) if (a[key] === undefined) delete a[key];
		const span = originalSpan(doc, s.cleanStart, s.cleanEnd);
		doc.sections.push({
			title: s.title,
			start: span.start,
			end: span.end,
			cleanStart: s.cleanStart,
			cleanEnd: s.cleanEnd,
			attribution: a
		});
	}
	return sectionOf;
}

function isTitleCase(line: string): boolean {
	return line.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w));
}

const SOURCE_LINE = /^(?:Source|Published|Delivered|Written|First published|Dictated)\b/i;

/** The title proper of a title block: its upper-case lines (not the subtitle), without a chapter number. */
function sectionTitle(lines: string[]): { title: string; chapter: boolean } {
	let rest = lines;
	let chapter = false;
	if (rest.length > 1 && isRomanNumeral(rest[0])) {
		chapter = true;
		rest = rest.slice(1);
	}
	const caps = rest.filter((l) => isCapsLine(l));
	// A heading broken over several Title Case lines ("On The Candidacy Of … / For The Post Of Chairman").
	if (!caps.length && rest.length > 1 && rest.every(isTitleCase) && rest.join(' ').length <= 160) {
		return { title: readableTitle(rest.join(' ')), chapter };
	}
	// Upper-case lines are the title proper; otherwise the fullest line (captions above a heading are short).
	const longest = rest.slice(0, 4).reduce((a, b) => (b.length > a.length ? b : a));
	const chosen = caps.length && isCapsLine(rest[0]) ? caps : [longest];
	return { title: readableTitle(chosen.join(' ')), chapter };
}
