import type { Attribution } from './types';
import { MONTH_PATTERN } from './lineKinds';

/**
 * Who wrote or said a passage, which work, when — read from what the document itself says: a works
 * volume's head or running header, signatures ("J. Stalin", "V. I. LENIN (1903)"), "by NAME" lines,
 * "Lenin on the Bund" headings, datelines ("Pravda, No. 96, April 26, 1924").
 */

const SMALL_WORDS = new Set([
	'of',
	'the',
	'and',
	'in',
	'on',
	'to',
	'a',
	'an',
	'for',
	'with',
	'from',
	'by',
	'at',
	'or',
	'as',
	'into'
]);

/** "V. I. LENIN (1903)" → "Lenin"; "N. K. Krupskaya" → "Krupskaya"; "Kim Jong il" stays whole. */
export function readableName(raw: string): string | undefined {
	const cleaned = raw
		.replace(/\(\s*\d{4}\s*\)/g, '')
		.replace(/[.,;:]+$/, '')
		.trim();
	const words = cleaned.split(/\s+/).filter((w) => w && !/^(?:\p{Lu}\.)+$/u.test(w) && !/^\p{Lu}$/u.test(w));
	if (!words.length) return undefined;
	const proper = words.map((w) => (w === w.toUpperCase() && w.length > 1 ? titleWord(w) : w));
	const last = proper[proper.length - 1];
	if (proper.length === 1) return last;
	// "Andrew Rothstein" → "Rothstein"; names whose order we cannot tell ("Kim Jong il") stay whole.
	return proper.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(last) ? last : proper.join(' ');
}

function titleWord(w: string): string {
	return w.toLowerCase().replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "THE FOUNDATIONS OF LENINISM 15" → "The Foundations of Leninism". Mixed-case titles keep their case. */
export function readableTitle(raw: string): string {
	// A part number is not part of the title: "1. REPORT ON IMMEDIATE TASKS" → "Report on Immediate Tasks".
	let t = raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^\d{1,2}\.\s+(?=\S)/, '');
	// An endnote number after a title ("… OF THE R. C. P. (B.) 1"), unless it is the title's own number.
	t = t.replace(
		/(?<!\b(?:VOLUME|VOL\.|NO\.|PART|BOOK|CHAPTER|Volume|Part|Book|Chapter|No\.))\s+\d{1,2}$/u,
		''
	);
	if (t !== t.toUpperCase()) return t;
	return t
		.split(' ')
		.map((w, i) => {
			if (
				/\./.test(w) ||
				/^(?=[IVXLC]+\b)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/.test(w)
			)
				return w;
			const lower = w.toLowerCase();
			if (i > 0 && SMALL_WORDS.has(lower)) return lower;
			return titleWord(w);
		})
		.join(' ');
}

const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/;

export function yearIn(text: string): number | undefined {
	const m = YEAR.exec(text);
	return m ? Number(m[1]) : undefined;
}

/** A dateline closing or opening a work: "January 10, 1924", "Pravda, No. 96, April 26, 1924". */
const DATELINE = new RegExp(
	// "November 16 (3), 1905": an Old Style day may stand in brackets after the New Style one.
	`(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:\\s*\\(\\d{1,2}\\))?,?\\s+|${MONTH_PATTERN}\\s+)(1[0-9]{3}|20[0-9]{2})\\b`
);

export function datelineYear(text: string): number | undefined {
	if (text.length > 220) return undefined;
	const m = DATELINE.exec(text);
	return m ? Number(m[1]) : undefined;
}

const NAME_ON = /^((?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) on\b/u;
const NOT_NAMES = new Set(
	(
		'the a an notes note report speech interview remarks resolution letter letters theses article articles ' +
		'lecture lectures questions concerning reply greetings telegram comments appeal statement more essay ' +
		'chapter part section volume book introduction preface conclusion'
	).split(' ')
);

/** "Lenin on 'Jewish Nation'" → "Lenin". */
export function authorFromTitle(title: string): string | undefined {
	const m = NAME_ON.exec(title);
	if (!m) return undefined;
	const words = m[1].split(/\s+/);
	if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || /'s$/.test(w))) return undefined;
	return readableName(m[1]);
}

const BY_LINE = /^[Bb][Yy]\s+((?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})/u;

/** "by ANDREW ROTHSTEIN, author of …" → "Rothstein". */
export function authorFromByLine(text: string): string | undefined {
	const m = BY_LINE.exec(text);
	return m ? readableName(m[1]) : undefined;
}

const WORKS_OF = /\b((?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}-]+)'s\s+(?:Collected\s+|Selected\s+)?Works\b/u;

/** Author of a whole document from its head ("J. V. Stalin's Works") or a name used as running header. */
export function documentAttribution(
	head: string,
	runningHeaders: string[],
	isName: (t: string) => boolean
): Attribution {
	const attribution: Attribution = {};
	const header = runningHeaders.find(isName);
	const works = WORKS_OF.exec(head);
	const worksHeading = /^\s*((?:\p{Lu}\.\s*){1,3}\p{Lu}{2,})\s+(?:COLLECTED\s+|SELECTED\s+)?WORKS\b/mu.exec(
		head
	);
	const name = works?.[1] ?? worksHeading?.[1] ?? header;
	if (name) attribution.author = readableName(name);
	if (works || worksHeading) {
		const year = yearIn(head.slice(0, 1500));
		if (year) attribution.year = year;
	}
	return attribution;
}

const LETTER_NAME = String.raw`(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,3}`;
/** "Letter of Joseph Stalin to …", "Telegram from Bismarck to …", "Statement by M. I. Ulyanova". */
const LETTER_OF = new RegExp(
	String.raw`^(?:(?:an?|the|open|private|secret|personal)\s)*(?:letter|note|telegram|statement|declaration|message|memorandum|reply|answer|despatch|dispatch|speech|appeal|address)s?\s(?:of|from|by)\s(?<who>${LETTER_NAME})(?:\s(?:to|on|at|before)\s.*)?[.:]?$`,
	'iu'
);
/** "M.I. Ulyanova to the presidium of the …", "Lincoln to Horace Greeley": a letter's heading. */
const NAME_TO = new RegExp(String.raw`^(?<who>${LETTER_NAME})\sto\s(?:the\s|com\.\s|comrade\s|\p{Lu})`, 'iu');
/** "To Com. Lenin from Stalin": the addressee first, the writer after "from". */
const TO_FROM = new RegExp(String.raw`^to\s.{2,60}?\sfrom\s(?<who>${LETTER_NAME})\.?$`, 'iu');

/**
 * The writer named by a heading over a letter or statement in a collection: "Letter of Joseph Stalin to
 * Vladimir Ilyich Lenin" → "Stalin", "M.I. Ulyanova to the presidium of the joint plenum" → "Ulyanova",
 * "M.I. Ulyanova on Lenin's relation towards Stalin:" → "Ulyanova". Only short lines count: a heading
 * is not a sentence.
 */
export function letterHeadingAuthor(line: string): string | undefined {
	const text = line.replace(/\s+/g, ' ').trim();
	if (!text || text.split(' ').length > 16 || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, '')))
		return undefined;
	const m = LETTER_OF.exec(text) ?? NAME_TO.exec(text) ?? TO_FROM.exec(text);
	const who = m?.groups?.who ?? authorFromTitle(text);
	if (!who) return undefined;
	const words = who.split(/\s+/);
	if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || SMALL_WORDS.has(w.toLowerCase()))) return undefined;
	return readableName(who);
}

/**
 * A line that signs what is above it: "I. Stalin.", "26th July 1926. M. Ulyanova.", "N. Krupskaya (1936).",
 * "A. Lincoln". The name must carry initials or stand alone with a date, so an ordinary short sentence
 * ("Stalin promised.") is not taken for a signature.
 */
export function signatureName(line: string): { author: string; year?: number } | undefined {
	const text = line.replace(/\s+/g, ' ').trim();
	if (text.length > 80) return undefined;
	const m = new RegExp(
		String.raw`^(?:(?<date>(?:\d{1,2}(?:st|nd|rd|th)?\s)?\p{Lu}\p{Ll}+,?\s\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[.,]?\s)?(?<who>(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’-]{2,})(?:\s\((?<year>\d{4})\))?\.?$`,
		'u'
	).exec(text);
	if (!m?.groups) return undefined;
	const author = readableName(m.groups.who);
	if (!author) return undefined;
	const year = m.groups.year ? Number(m.groups.year) : m.groups.date ? yearIn(m.groups.date) : undefined;
	return year ? { author, year } : { author };
}
