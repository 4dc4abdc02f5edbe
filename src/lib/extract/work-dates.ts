import type { IngestedDocument, Sentence } from '../ingest/types';
import { findDateExpressions, type FoundDate } from './date-expressions';
import type { DateFact, DateValue } from './types';

/**
 * The date of a work in a collection of speeches, articles and letters. Editions state it in the
 * work's head, not in a sentence: a dateline under the title ("THE DISCUSSION / Interview With a
 * Rosta Correspondent / January 9, 1924"), or an archive's field line under it ("Delivered: 30
 * March, 1919", "Dictated: … January 27, 1922", "Published: Proletary No. 25, November 16 (3), 1905").
 * The event is the work itself: "When did Stalin give “The Discussion”, an interview with a Rosta
 * correspondent?".
 */

/** What a subtitle's genre word says was done with the work. */
const GENRES: Array<[RegExp, { verb: string; participle: string; noun: string }]> = [
	[
		/^(?:speech|report|address|lecture|lectures|reply|concluding remarks|sermon|toast)\b/i,
		{ verb: 'deliver', participle: 'delivered', noun: 'speech' }
	],
	[/^interview\b/i, { verb: 'give', participle: 'given', noun: 'interview' }],
	[
		/^(?:letter|article|message|telegram|greeting|motion|note|notes|memorandum|statement|appeal|preface|foreword|introduction|reply|draft|resolution|entry)\b/i,
		{ verb: 'write', participle: 'written', noun: 'text' }
	]
];
const WRITE = { verb: 'write', participle: 'written', noun: 'text' };

/** Archive field lines and what each says was done on that date. */
const FIELD_LINE =
	/^(Delivered|Written|Dictated|Dated|Signed|(?:First\s+)?Published|Broadcast)\s*:\s*(?:(?:Dictated|Delivered|Written)\s+)?/i;
const FIELD_VERBS: Record<string, { verb: string; participle: string }> = {
	delivered: { verb: 'deliver', participle: 'delivered' },
	written: { verb: 'write', participle: 'written' },
	dated: { verb: 'write', participle: 'written' },
	signed: { verb: 'sign', participle: 'signed' },
	dictated: { verb: 'dictate', participle: 'dictated' },
	published: { verb: 'publish', participle: 'published' },
	broadcast: { verb: 'broadcast', participle: 'broadcast' }
};

/** A title that names an event rather than a work: the prose states its dates better. */
const EVENT_NOUN =
	/\b(?:congress|conference|plenum|session|meeting|assembly|convention|revolution|uprising|war|chronicle|notes|chronology|timeline|dates|events|calendar|biography|life|years)$/i;

/** "Thirteenth Conference of the R.C.P.(B.)" names an event; "The Results of the Thirteenth Congress" a work. */
function eventTitle(title: string): boolean {
	const head = title
		.replace(/["“”‘’'][^"“”‘’']*["“”‘’']/g, '')
		.split(/\s+(?:of|on|in|at|for|to)\s+/i)[0]
		.trim();
	return EVENT_NOUN.test(head);
}

/** "M.I. Ulyanova to the presidium of the joint plenum …": a letter's head names its writer and addressee. */
const LETTER_HEAD = /^(?:No\.\s*\d+\s+)?(.+?)\s+to\s+((?:the|comrade|comrades)\s.+)$/i;

const HEAD_LINES = 8;
const HEAD_CHARS = 500;
/** How far above its field line a work's title may stand and still be quoted with it. */
const TITLE_REACH = 600;

/** "M.I. Ulyanova", "V. I. Lenin": initials and a surname are a person whether or not the document knows them. */
function initialledName(text: string): string | undefined {
	return /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+$/u.test(text.trim()) ? text.trim() : undefined;
}

/** Footnote numbers glued to head lines ("OF THE R. C. P. (B.) 1", "Conference on Work Among the Youth 14"). */
function withoutNoteNumber(line: string): string {
	return line.replace(/(?<!\bNo\.?)\s+\d{1,3}$/, '').trim();
}

function isUpperCaseLine(line: string): boolean {
	const letters = line.replace(/[^A-Za-z]/g, '');
	return letters.length >= 2 && letters === letters.toUpperCase();
}

/** A date found in a line, placed in the original (the line is an exact slice of it). */
function placed(original: string, lineStart: number, d: FoundDate): DateValue {
	const span = { start: lineStart + d.index, end: lineStart + d.index + d.length };
	return { ...d.value, written: original.slice(span.start, span.end), span };
}

/** A date that fills the line on its own, with a year, a single day or month (no range). */
function wholeLineDate(line: string): FoundDate | undefined {
	const found = findDateExpressions(line);
	const d = found[0];
	if (found.length !== 1 || d.value.end || d.value.open || d.value.start.precision === 'decade')
		return undefined;
	if (!/\b1[0-9]{3}\b|\b20[0-9]{2}\b/.test(d.value.written)) return undefined;
	const rest = (line.slice(0, d.index) + line.slice(d.index + d.length)).replace(/[\s.,;:]/g, '');
	return rest ? undefined : d;
}

/** "A Speech Delivered at a Memorial Meeting of the …" → "a speech at a memorial meeting of the …". */
function subtitlePhrase(subtitle: string): string {
	const words = subtitle
		.replace(/\s+(?:Delivered|Given|Made|Read)\b/, '')
		.replace(/^(?:A|An|The)\s+/, '')
		.split(/\s+/);
	const lowered = words.map((w, i) =>
		i === 0 || /^(?:At|With|The|Of|On|In|For|To|A|An|And|Among|By|From|Before)$/.test(w) ? w.toLowerCase() : w
	);
	const first = lowered[0] ?? '';
	const article = /^[aeiou]/.test(first) ? 'an' : 'a';
	return `${article} ${lowered.join(' ')}`;
}

/** “Title”, with inner double quotes turned single so the question's quotes stay balanced. */
function quotedTitle(title: string): string {
	return `“${title.replace(/["“”]([^"“”]+)["“”]/g, '‘$1’').replace(/\s*\(\d{4}\)$/, '')}”`;
}

interface WorkEvent {
	sentence: Sentence;
	date: DateValue;
	event: string;
	question: string;
	subject?: string;
	passage: { start: number; end: number };
}

function workEvent(
	author: string | undefined,
	title: string,
	act: { verb: string; participle: string },
	subtitle?: string
): { event: string; question: string }[] {
	const work = quotedTitle(title);
	const forms = (what: string) =>
		// A work is published by its paper, not its author: "When was Lenin's “…” published?".
		author && act.verb === 'publish'
			? { event: `${author}'s ${what} was published`, question: `was ${author}'s ${what} published` }
			: author
				? {
						event: `${author} ${act.participle === 'given' ? 'gave' : act.participle} ${what}`,
						question: `did ${author} ${act.verb} ${what}`
					}
				: { event: `${what} was ${act.participle}`, question: `was ${what} ${act.participle}` };
	// The subtitle says what the work is; a question too long to read loses it first.
	return subtitle ? [forms(`${work}, ${subtitlePhrase(subtitle)}`), forms(work)] : [forms(work)];
}

/** Dates in the heads of a collection's works: the lines between a title and the first sentence under it. */
function headDates(
	doc: IngestedDocument,
	authorOf: (k: number) => string | undefined,
	personOf: (text: string) => string | undefined
): WorkEvent[] {
	const out: WorkEvent[] = [];
	doc.sections.forEach((section, k) => {
		if (!section.title || eventTitle(section.title)) return;
		const first = doc.sentences.find((s) => s.sectionIndex === k);
		if (!first) return;
		const headEnd = Math.min(section.start + HEAD_CHARS, doc.original.length);
		const lines: Array<{ text: string; start: number }> = [];
		const LINE = /[^\n]+/g;
		LINE.lastIndex = section.start;
		for (
			let m = LINE.exec(doc.original);
			m && m.index < headEnd && lines.length < HEAD_LINES;
			m = LINE.exec(doc.original)
		)
			if (m[0].trim()) lines.push({ text: m[0], start: m.index });
		let titleLines = 0;
		while (titleLines < lines.length && (titleLines === 0 || isUpperCaseLine(lines[titleLines].text)))
			titleLines++;
		const subtitle: string[] = [];
		for (const line of lines.slice(titleLines)) {
			const d = /\d/.test(line.text) ? wholeLineDate(line.text) : undefined;
			if (d) {
				const date = placed(doc.original, line.start, d);
				const sub = subtitle.join(' ').trim();
				const genre = sub ? GENRES.find(([re]) => re.test(sub.replace(/^(?:A|An|The)\s+/, ''))) : undefined;
				// Without a genre word the subtitle may be anything ("Bulletin", a publisher): leave it out.
				const act = genre?.[1] ?? WRITE;
				const author = authorOf(k);
				const letter = LETTER_HEAD.exec(sub);
				const writer = letter ? (personOf(letter[1]) ?? initialledName(letter[1])) : undefined;
				// A bare year under a heading with nothing saying what the work is heads a chronology
				// ("TIMELINE / 1917 / February 23 …"), it does not date a work.
				if (!genre && !writer && d.value.start.precision === 'year') return;
				// A title that is only a name is a byline the ingest took for a heading, unless a subtitle
				// says what the work is ("LENIN / A Speech Delivered at …").
				if (!writer && !genre && personOf(section.title!)) return;
				const sentence: Sentence = {
					text: lines
						.slice(0, lines.indexOf(line) + 1)
						.map((l) => l.text.trim())
						.join(' '),
					start: section.start,
					end: date.span.end,
					cleanStart: section.cleanStart,
					cleanEnd: section.cleanStart,
					sectionIndex: k,
					paragraphIndex: first.paragraphIndex,
					listItem: false
				};
				const events = writer
					? [{ event: `${writer} wrote to ${letter![2]}`, question: `did ${writer} write to ${letter![2]}` }]
					: workEvent(author, section.title!, act, genre ? sub : undefined);
				for (const ev of events)
					out.push({
						sentence,
						date,
						...ev,
						subject: writer ?? author,
						passage: { start: section.start, end: date.span.end }
					});
				return;
			}
			// The body has begun: a line of prose ends the head.
			if (/[.!?:]$/.test(line.text.trim()) && line.text.trim().split(/\s+/).length > 8) return;
			subtitle.push(withoutNoteNumber(line.text));
		}
	});
	return out;
}

/** A title above a field line: short, no final stop, no date of its own, not a person's name alone. */
function titleLike(text: string, personOf: (text: string) => string | undefined): boolean {
	const words = text.split(/\s+/);
	return (
		words.length >= 2 &&
		words.length <= 25 &&
		/^[\p{Lu}“"]/u.test(text) &&
		!/[.!?:;,]$/.test(text) &&
		findDateExpressions(text).length === 0 &&
		!personOf(text)
	);
}

/** The block of non-blank lines straight above an offset (a heading wrapped over lines), with its start. */
function blockAbove(original: string, at: number): { text: string; start: number } | undefined {
	let end = original.lastIndexOf('\n', at - 1);
	while (end > 0 && /\s/.test(original[end - 1])) end--;
	if (end <= 0) return undefined;
	const para = original.lastIndexOf('\n\n', end - 1);
	const start = para < 0 ? 0 : para + 2;
	const text = original.slice(start, end).replace(/\s+/g, ' ').trim();
	return text && at - start <= TITLE_REACH
		? { text, start: start + (original.slice(start).length - original.slice(start).trimStart().length) }
		: undefined;
}

/** "Delivered: 30 March, 1919", "Dictated: Dictated over the telephone January 27, 1922": an archive's field lines. */
function fieldLineDates(
	doc: IngestedDocument,
	authorOf: (k: number) => string | undefined,
	place: (s: Sentence, d: FoundDate) => DateValue | undefined,
	personOf: (text: string) => string | undefined
): WorkEvent[] {
	const out: WorkEvent[] = [];
	doc.sentences.forEach((s) => {
		const field = FIELD_LINE.exec(s.text);
		if (!field) return;
		const act = FIELD_VERBS[field[1].toLowerCase().replace(/^first\s+/, '')];
		if (!act) return;
		// The field's value runs to the next field label ("… 1919 First Published: …").
		const valueEnd = s.text.slice(field[0].length).search(/\s(?:First\s+)?[A-Z][a-z]+:/);
		const value =
			valueEnd < 0
				? s.text.slice(field[0].length)
				: s.text.slice(field[0].length, field[0].length + valueEnd);
		const d = findDateExpressions(value).find((f) => /\b1[0-9]{3}\b|\b20[0-9]{2}\b/.test(f.value.written));
		// The date must open the value (a publication may name its paper first: "Proletary No. 25, …").
		if (!d || d.value.open || /\d/.test(value.slice(0, d.index).replace(/No\.\s*\d+/g, ''))) return;
		const section = doc.sections[s.sectionIndex];
		const above = blockAbove(doc.original, s.start);
		const fromAbove = above && above.start >= (section?.start ?? 0) && titleLike(above.text, personOf);
		const title = fromAbove ? above.text : section?.title;
		const titleStart = fromAbove ? above.start : section?.start;
		if (!title || titleStart === undefined || s.start - titleStart > TITLE_REACH || personOf(title)) return;
		const date = place(s, { ...d, index: d.index + field[0].length });
		if (!date) return;
		const author = authorOf(s.sectionIndex);
		for (const ev of workEvent(author, title, act))
			out.push({ sentence: s, date, ...ev, subject: author, passage: { start: titleStart, end: s.end } });
	});
	return out;
}

/** Date facts for the works of a collection: the dates in their heads and field lines. */
export function workDateFacts(
	doc: IngestedDocument,
	authorOf: (k: number) => string | undefined,
	/** Places a date found in a clean sentence in the original (dates.ts's placeDate). */
	place: (s: Sentence, d: FoundDate) => DateValue | undefined,
	/** The display name of the person a text is, when it is nothing but a person's name. */
	personOf: (text: string) => string | undefined
): DateFact[] {
	const facts: DateFact[] = [];
	const seen = new Set<string>();
	for (const w of [
		...headDates(doc, authorOf, personOf),
		...fieldLineDates(doc, authorOf, place, personOf)
	]) {
		// One card per work: the first (longest) wording that reads as a question.
		const key = `${w.sentence.sectionIndex}|${w.passage.start}`;
		if (seen.has(key) || w.question.length > 130) continue;
		seen.add(key);
		facts.push({
			kind: 'date',
			sentence: w.sentence,
			importance: 0.6,
			event: w.event,
			question: w.question,
			...(w.subject ? { subject: w.subject } : {}),
			date: w.date,
			passage: w.passage
		});
	}
	return facts;
}
