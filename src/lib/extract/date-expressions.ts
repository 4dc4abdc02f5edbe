import * as chrono from 'chrono-node';
import type { Calendar, DateValue, HistoricalDate } from './types';

/**
 * Date expressions in a clean sentence.
 *
 * chrono-node parses day-precision dates ("21 January 1924", "January 21, 1924", "Jan. 21, 1924",
 * "30th of March 1919", "21.1.1924", "May 23-31"). Written by hand, because chrono does not do them:
 * Old Style/New Style dual dates, month and year precision, decades, seasons, year ranges, open
 * ranges ("from 1919 until his death") and the context rules that tell a year from a page number.
 */

export type FoundDate = { value: Omit<DateValue, 'span'>; index: number; length: number };

const MONTH_NAMES: Array<[RegExp, number]> = [
	[/^jan(?:uary|\.)?$/i, 1],
	[/^feb(?:ruary|r?\.)?$/i, 2],
	[/^mar(?:ch|\.)?$/i, 3],
	[/^apr(?:il|\.)?$/i, 4],
	[/^may$/i, 5],
	[/^june?\.?$/i, 6],
	[/^july?\.?$/i, 7],
	[/^aug(?:ust|\.)?$/i, 8],
	[/^sep(?:tember|t?\.|t)?$/i, 9],
	[/^oct(?:ober|\.)?$/i, 10],
	[/^nov(?:ember|\.)?$/i, 11],
	[/^dec(?:ember|\.)?$/i, 12]
];
const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Febr\\.|Mar(?:\\.|(?=\\s+\\d))|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const DASH = '\\s*[-–—]\\s*';
// Case-sensitive: "may" and "march" as verbs must not wake chrono.
const MONTH_ANY = new RegExp(`\\b${MONTH}`);
const SAME_YEAR = /^\s+(?:of\s+)?(?:that|the\s+same)\s+(?:same\s+)?year\b/;
const YEAR_TAIL = new RegExp(`^,?\\s*${YEAR}\\b`);

export function monthNumber(word: string): number | undefined {
	const w = word.trim();
	for (const [re, n] of MONTH_NAMES) if (re.test(w)) return n;
	return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function hd(year: number, month?: number, day?: number, calendar: Calendar = 'gregorian'): HistoricalDate {
	if (day && month) return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', calendar };
	if (month) return { iso: `${year}-${pad(month)}`, precision: 'month', calendar };
	return { iso: String(year), precision: 'year', calendar };
}

/** Days the Julian calendar lags the Gregorian in a given year (10 before 1700 … 13 for 1900–2099). */
export function julianOffset(year: number): number {
	if (year < 1700) return 10;
	if (year < 1800) return 11;
	if (year < 1900) return 12;
	return 13;
}

function shiftDays(year: number, month: number, day: number, days: number): [number, number, number] {
	const d = new Date(Date.UTC(year, month - 1, day + days));
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * A dual date "7 (19)": which of the two is Old Style? NS = OS + offset, so whichever day is the
 * other plus the offset is the New Style one: "Nov. 7 (19), 1875" is 7 Nov OS / 19 Nov NS, while
 * "November 16 (3), 1905" is 16 Nov NS / 3 Nov OS. Neither order matching means it is not a dual date.
 */
function dualDate(
	year: number,
	month: number,
	first: number,
	second: number,
	secondMonth?: number
): HistoricalDate | null {
	const off = julianOffset(year);
	// Candidate 1: first is OS, second is NS (second = first + off).
	const [y1, m1, d1] = shiftDays(year, month, first, off);
	if (d1 === second && (!secondMonth || secondMonth === m1)) {
		return {
			...hd(year, month, first, 'julian'),
			alt: { iso: `${y1}-${pad(m1)}-${pad(d1)}`, calendar: 'gregorian' }
		};
	}
	// Candidate 2: first is NS, second is OS (second = first − off).
	const [y2, m2, d2] = shiftDays(year, month, first, -off);
	if (d2 === second && (!secondMonth || secondMonth === m2)) {
		return {
			...hd(year, month, first, 'gregorian'),
			alt: { iso: `${y2}-${pad(m2)}-${pad(d2)}`, calendar: 'julian' }
		};
	}
	return null;
}

const DUAL_MONTH_FIRST = new RegExp(
	`\\b(${MONTH})\\s+(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s*\\((?:(${MONTH})\\s+)?(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\),?\\s+${YEAR}\\b`,
	'g'
);
const DUAL_DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s*\\((\\d{1,2})\\)\\s+(${MONTH}),?\\s+${YEAR}\\b`, 'g');
/** "25 October (7 November) 1917", "24-25 October (6-7 November) 1917", "25 October / 7 November 1917". */
const DUAL_DAY_MONTH_PAIR = new RegExp(
	`\\b(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+(${MONTH})\\s*(?:\\(\\s*|\\/\\s*)(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+(${MONTH})\\s*\\)?,?\\s+${YEAR}\\b`,
	'g'
);
/** "10/23 October 1917", "October 10/23, 1917": the two days of a dual date split by a slash. */
const DUAL_SLASH_DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\/(\\d{1,2})\\s+(${MONTH}),?\\s+${YEAR}\\b`, 'g');
const DUAL_SLASH_MONTH_FIRST = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})\\/(\\d{1,2}),?\\s+${YEAR}\\b`, 'g');
/** "25 October 1917 (7 November, New Style)": the other calendar's day in brackets after a full date. */
const ALT_AFTER = new RegExp(
	`^\\s*\\(\\s*(?:(?:N\\.\\s?S\\.|O\\.\\s?S\\.|New Style|Old Style)[:,]?\\s*)?(\\d{1,2})\\s+(${MONTH})(?:,?\\s*(?:N\\.\\s?S\\.|O\\.\\s?S\\.|New Style|Old Style))?\\s*\\)`
);
const MARKED_BEFORE_YEAR = new RegExp(
	`\\b(${MONTH})\\s+(\\d{1,2})\\s*\\((O\\.\\s?S\\.|N\\.\\s?S\\.|Old Style|New Style)\\),?\\s+${YEAR}\\b`,
	'gi'
);
const CALENDAR_MARK = /^\s*\((?:O\.\s?S\.|Old Style|N\.\s?S\.|New Style)\)|^,?\s*(?:Old|New) Style\b/i;
const WESTERN_MONTH = new RegExp(
	`^\\s*\\((${MONTH})\\s+(?:by the Western calendar|in the Western calendar|New Style|N\\.\\s?S\\.)\\)`,
	'i'
);

type Span = { index: number; length: number };

function overlaps(found: Span[], index: number, length: number): boolean {
	return found.some((f) => index < f.index + f.length && f.index < index + length);
}

function push(
	out: FoundDate[],
	text: string,
	index: number,
	length: number,
	value: Omit<FoundDate['value'], 'written'>
): void {
	if (overlaps(out, index, length)) return;
	out.push({ value: { ...value, written: text.slice(index, index + length) }, index, length });
}

function findDualDates(text: string, out: FoundDate[]): void {
	DUAL_MONTH_FIRST.lastIndex = 0;
	for (let m = DUAL_MONTH_FIRST.exec(text); m; m = DUAL_MONTH_FIRST.exec(text)) {
		const month = monthNumber(m[1]);
		const year = Number(m[7]);
		if (!month) continue;
		const altMonth = m[4] ? monthNumber(m[4]) : undefined;
		const start = dualDate(year, month, Number(m[2]), Number(m[5]), altMonth);
		if (!start) continue;
		let end: HistoricalDate | undefined;
		if (m[3] && m[6]) end = dualDate(year, month, Number(m[3]), Number(m[6]), altMonth) ?? undefined;
		push(out, text, m.index, m[0].length, end ? { start, end } : { start });
	}
	DUAL_DAY_FIRST.lastIndex = 0;
	for (let m = DUAL_DAY_FIRST.exec(text); m; m = DUAL_DAY_FIRST.exec(text)) {
		const month = monthNumber(m[3]);
		if (!month) continue;
		const start = dualDate(Number(m[4]), month, Number(m[1]), Number(m[2]));
		if (start) push(out, text, m.index, m[0].length, { start });
	}
	DUAL_DAY_MONTH_PAIR.lastIndex = 0;
	for (let m = DUAL_DAY_MONTH_PAIR.exec(text); m; m = DUAL_DAY_MONTH_PAIR.exec(text)) {
		const month = monthNumber(m[3]);
		const altMonth = monthNumber(m[6]);
		const year = Number(m[7]);
		if (!month || !altMonth) continue;
		const start = dualDate(year, month, Number(m[1]), Number(m[4]), altMonth);
		if (!start) continue;
		const end = m[2] && m[5] ? dualDate(year, month, Number(m[2]), Number(m[5]), altMonth) : null;
		push(out, text, m.index, m[0].length, end ? { start, end } : { start });
	}
	for (const [re, dayAt, monthAt] of [
		[DUAL_SLASH_DAY_FIRST, 1, 3],
		[DUAL_SLASH_MONTH_FIRST, 2, 1]
	] as const) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const month = monthNumber(m[monthAt]);
			if (!month) continue;
			const start = dualDate(Number(m[4]), month, Number(m[dayAt]), Number(m[dayAt + 1]));
			if (start) push(out, text, m.index, m[0].length, { start });
		}
	}
	// "October 25 (O.S.), 1917": one date with its calendar named.
	MARKED_BEFORE_YEAR.lastIndex = 0;
	for (let m = MARKED_BEFORE_YEAR.exec(text); m; m = MARKED_BEFORE_YEAR.exec(text)) {
		const month = monthNumber(m[1]);
		if (!month) continue;
		const calendar: Calendar = /^O/i.test(m[3]) ? 'julian' : 'gregorian';
		push(out, text, m.index, m[0].length, { start: hd(Number(m[4]), month, Number(m[2]), calendar) });
	}
}

/** chrono-node for day-precision dates; yearless ones take `contextYear` (a chronicle's heading year). */
function findFullDates(text: string, out: FoundDate[], contextYear?: number, thatYear?: number): void {
	if (!/\d/.test(text)) return;
	const hasMonth = MONTH_ANY.test(text);
	const numeric = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/.test(text);
	if (!hasMonth && !numeric) return;
	const results = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
	for (const r of results) {
		const s = r.start;
		if (!s.isCertain('day') || !s.isCertain('month')) continue;
		let raw = r.text;
		let index = r.index;
		// chrono includes a leading preposition ("on 21 January 1924"); the date is what follows it.
		const lead = /^(?:on|the|of|from|since|by|in|at)\s+/i.exec(raw);
		if (lead) {
			raw = raw.slice(lead[0].length);
			index += lead[0].length;
		}
		// chrono reads on into a clock time ("January 21: 6.50 p. m."): the date ends before it.
		raw = raw
			.replace(
				/[:,]?\s+(?:at\s+)?(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m?\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}\s*[ap])$/i,
				''
			)
			.replace(/[\s,:]+$/, '');
		const isNumeric = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw);
		if (!isNumeric && !MONTH_ANY.test(raw)) continue;
		const day = s.get('day') as number;
		const month = s.get('month') as number;
		// "3.4.1924" could be 3 April or March 4: only unambiguous numeric dates count.
		if (isNumeric && day <= 12 && month <= 12 && day !== month) continue;
		// chrono reads "January 29, 31" as the year 31: only a four-digit year is a year.
		const yearWritten = s.isCertain('year') && /\d{4}/.test(raw);
		let year = yearWritten ? (s.get('year') as number) : contextYear;
		// "died … on 3 June of that same year": the year is the one the sentence gave before.
		const sameYear = !yearWritten ? SAME_YEAR.exec(text.slice(index + raw.length)) : null;
		const earlier = sameYear
			? [...text.slice(0, index).matchAll(/\b(1[0-9]{3}|20[0-9]{2})\b/g)].pop()
			: undefined;
		if (sameYear && (earlier || thatYear)) {
			year = earlier ? Number(earlier[1]) : thatYear;
			raw = text.slice(index, index + raw.length + sameYear[0].length);
		}
		if (!year || year < 1000 || year > 2100) continue;
		let length = raw.length;
		// Absorb a year chrono left out: "January 21, 1924" is found, but check "March 31" + ", 1924".
		const tail = YEAR_TAIL.exec(text.slice(index + length));
		if (!yearWritten && tail) continue;
		let value: Omit<FoundDate['value'], 'written'> = { start: hd(year, month, day) };
		if (r.end && r.end.isCertain('day')) {
			const endYear = yearWritten && r.end.isCertain('year') ? (r.end.get('year') as number) : year;
			value = {
				start: value.start,
				end: hd(endYear, r.end.get('month') as number, r.end.get('day') as number)
			};
		}
		// The other calendar's day in brackets: "25 October 1917 (7 November, New Style)".
		const altAfter = !r.end ? ALT_AFTER.exec(text.slice(index + length)) : null;
		const altMonth = altAfter ? monthNumber(altAfter[2]) : undefined;
		const dual = altAfter && altMonth ? dualDate(year, month, day, Number(altAfter[1]), altMonth) : null;
		if (dual) {
			value = { start: dual };
			length += altAfter![0].length;
		}
		// An explicit calendar mark after the date: "(O.S.)", "(N.S.)", "Old Style".
		const mark = CALENDAR_MARK.exec(text.slice(index + length));
		if (mark) {
			if (/O|Old/.test(mark[0])) value.start = { ...value.start, calendar: 'julian' };
			length += mark[0].length;
		}
		if (length <= 0) continue;
		push(out, text, index, length, value);
	}
}

const SEASON = '(?:spring|summer|autumn|fall|winter)';
const MONTH_RANGE = new RegExp(`\\b(${MONTH})(?:\\s+${YEAR})?${DASH}(${MONTH}),?\\s+${YEAR}\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH})(?:\\s+of)?,?\\s+${YEAR}\\b`, 'g');
const SEASON_YEAR = new RegExp(
	`\\b(?:(?:the\\s+)?(?:early\\s+|late\\s+)?${SEASON}\\s+(?:of\\s+)?)${YEAR}\\b`,
	'gi'
);
const DECADE = /\b(?:the\s+)?(1[0-9]{2}0)['’]?s\b/g;
const YEAR_RANGE = /\b(1[0-9]{3}|20[0-9]{2})\s*[-–—]\s*(\d{4}|\d{2})(?!\d)/g;
const YEAR_ONLY = /\b(1[0-9]{3}|20[0-9]{2})\b/g;

/** Words before a bare four-digit number that make it a year. */
const YEAR_PREPOSITIONS = new Set(
	'in since by until till from of to during after before early late mid around circa c about and between year years spring summer autumn fall winter end beginning middle through or as than'.split(
		' '
	)
);
/** Nouns after a number that make it a quantity ("1500 delegates"), not a year. */
const QUANTITY_NOUNS =
	/^\s+(?:delegates|members|people|persons|workers|men|women|soldiers|copies|roubles|rubles|tons|tonnes|votes|pages|km|miles|peasants|troops|dollars|pounds|strong|metres|meters|feet|lectures|rallies)\b/i;
/** Capitalised or common event nouns a year can qualify ("the 1905 revolution", "Party Congress 1921"). */
const EVENT_NOUNS =
	/^(?:revolution|congress|conference|congresses|elections?|constitution|uprising|insurrection|strike|war|famine|purge|plenum|session|census|treaty|crisis|campaign|split|edition|programme|program|russian|october|february)\b/i;

function isYearContext(text: string, index: number, length: number): boolean {
	const before = text.slice(Math.max(0, index - 24), index);
	const after = text.slice(index + length, index + length + 24);
	if (/(?:No|Nos|Vol|p|pp|№|#|page|pages|tel|ed)\.?\s*$/i.test(before)) return false;
	if (/[\d,.]\s?$/.test(before) && /\d[,.\s]?$/.test(before)) return false;
	if (/^[,.]\d/.test(after) || /^\s?\d/.test(after)) return false;
	if (QUANTITY_NOUNS.test(after)) return false;
	const word = /([A-Za-z]+)\.?\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
	if (YEAR_PREPOSITIONS.has(word)) return true;
	if (/\(\s*$/.test(before) && /^\s*[);,]/.test(after)) return true;
	if (/^\s*\)/.test(after) && /\(\s*(?:c\.|ca\.)?\s*$/.test(before)) return true;
	// A whole line that is a year, or a chronicle line "1922 – Stalin …", or "1912 Kalinin was …".
	if (/^\s*$/.test(before) && (/^\s*$/.test(after) || /^\s*[-–—:]/.test(after) || /^\s+[A-Z]/.test(after)))
		return true;
	if (/(?:Congress|Conference|Plenum|Revolution|War)\s*$/.test(before)) return true;
	if (EVENT_NOUNS.test(after.trim())) return true;
	if (/['’]s?\s*$/.test(before)) return false;
	if (/^\s*[-–—]\s*[A-Z]/.test(after)) return true;
	return false;
}

const MONTH_PART = new RegExp(
	`^\\s*(?:(?:the\\s+)?(?:beginning|end|middle|start)\\s+of|early|late|mid-?)?\\s*(${MONTH})\\s*[.:]?\\s*$`,
	'i'
);

/** "In December that year", "in May of the same year": a month of the year the text named last. */
const MONTH_THAT_YEAR = new RegExp(
	`\\b(${MONTH})\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?year\\b`,
	'g'
);

function findMonthAndYearDates(
	text: string,
	out: FoundDate[],
	contextYear?: number,
	thatYear?: number
): void {
	if (thatYear) {
		MONTH_THAT_YEAR.lastIndex = 0;
		for (let m = MONTH_THAT_YEAR.exec(text); m; m = MONTH_THAT_YEAR.exec(text)) {
			const month = monthNumber(m[1]);
			const earlier = [...text.slice(0, m.index).matchAll(/\b(1[0-9]{3}|20[0-9]{2})\b/g)].pop();
			const year = earlier ? Number(earlier[1]) : thatYear;
			if (month && m[1] !== 'may') push(out, text, m.index, m[0].length, { start: hd(year, month) });
		}
	}
	// A chronicle line that is only a month ("Beginning of April", "June") under a known year.
	const part = contextYear ? MONTH_PART.exec(text) : null;
	if (part) {
		const month = monthNumber(part[1]);
		if (month) push(out, text, 0, text.trimEnd().length, { start: hd(contextYear!, month) });
	}
	MONTH_RANGE.lastIndex = 0;
	for (let m = MONTH_RANGE.exec(text); m; m = MONTH_RANGE.exec(text)) {
		const m1 = monthNumber(m[1]);
		const m2 = monthNumber(m[3]);
		if (!m1 || !m2) continue;
		const y2 = Number(m[4]);
		const y1 = m[2] ? Number(m[2]) : m1 <= m2 ? y2 : y2 - 1;
		push(out, text, m.index, m[0].length, { start: hd(y1, m1), end: hd(y2, m2) });
	}
	MONTH_YEAR.lastIndex = 0;
	for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) {
		const month = monthNumber(m[1]);
		if (!month) continue;
		// "May 1924" — but "may" as a verb is lower-case and never followed by a year.
		if (m[1] === 'may') continue;
		let length = m[0].length;
		let start = hd(Number(m[2]), month);
		const western = WESTERN_MONTH.exec(text.slice(m.index + length));
		if (western) {
			const altMonth = monthNumber(western[1]);
			if (altMonth) {
				start = {
					...start,
					calendar: 'julian',
					alt: { iso: `${m[2]}-${pad(altMonth)}`, calendar: 'gregorian' }
				};
				length += western[0].length;
			}
		}
		push(out, text, m.index, length, { start });
	}
	SEASON_YEAR.lastIndex = 0;
	const seasons = /spring|summer|autumn|fall|winter/i.test(text);
	for (let m = seasons ? SEASON_YEAR.exec(text) : null; m; m = SEASON_YEAR.exec(text)) {
		push(out, text, m.index, m[0].length, { start: hd(Number(m[1])) });
	}
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};
const YEARS_LATER =
	/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+later\b(?!\s+than)|\bthe\s+(?:following|next)\s+year\b/gi;

/** "annexed in 1945, was renamed a year later", "the following year": a year counted from the one just named. */
function findRelativeYears(text: string, out: FoundDate[]): void {
	// Most sentences have neither word: skip the scan.
	if (out.length === 0 || !/later|following|next/i.test(text)) return;
	YEARS_LATER.lastIndex = 0;
	for (let m = YEARS_LATER.exec(text); m; m = YEARS_LATER.exec(text)) {
		const earlier = out
			.filter((f) => f.index + f.length <= m!.index && f.value.start.precision !== 'decade')
			.pop();
		if (!earlier) continue;
		const base = Number((earlier.value.end ?? earlier.value.start).iso.slice(0, 4));
		const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
		if (!n || n > 50) continue;
		push(out, text, m.index, m[0].length, { start: hd(base + n) });
	}
}

function findYears(text: string, out: FoundDate[]): void {
	DECADE.lastIndex = 0;
	for (let m = DECADE.exec(text); m; m = DECADE.exec(text)) {
		const y = Number(m[1]);
		if (y < 1000 || y > 2090) continue;
		push(out, text, m.index, m[0].length, {
			start: { iso: m[1], precision: 'decade', calendar: 'gregorian' }
		});
	}
	YEAR_RANGE.lastIndex = 0;
	for (let m = YEAR_RANGE.exec(text); m; m = YEAR_RANGE.exec(text)) {
		const y1 = Number(m[1]);
		const y2 = m[2].length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2]);
		if (y2 <= y1 || y2 - y1 > 100 || y2 > 2100) continue;
		const before = text.slice(Math.max(0, m.index - 12), m.index);
		if (/(?:No|Nos|Vol|pp?|№)\.?\s*$/i.test(before) || /\d[,.]?\s?$/.test(before)) continue;
		if (/^[,.]?\d/.test(text.slice(m.index + m[0].length))) continue;
		push(out, text, m.index, m[0].length, { start: hd(y1), end: hd(y2) });
	}
	YEAR_ONLY.lastIndex = 0;
	for (let m = YEAR_ONLY.exec(text); m; m = YEAR_ONLY.exec(text)) {
		if (overlaps(out, m.index, m[0].length)) continue;
		if (!isYearContext(text, m.index, m[0].length)) continue;
		push(out, text, m.index, m[0].length, { start: hd(Number(m[1])) });
	}
}

const CONNECTOR_RANGE =
	/^\s*(?:[-–—]|to|until|till|through|up to|and)\s*$|^\s*(?:to|until|till|up to)\s+(?:his|her|their|its)\s+(?:death|resignation|retirement|dismissal|removal|fall|arrest|expulsion|exile)\s+in\s+$/i;
const OPEN_END =
	/^\s*(?:onwards?|on|until|till|up to|to)\s*(?:(?:his|her|their|its)\s+(?:death|resignation|retirement|dismissal|removal|fall|arrest|expulsion|exile)|the present(?: day)?|now)?/i;

/** Join "from A to B", "between A and B", "A – B" into ranges, and mark open ones ("from 1919 until his death"). */
function joinRanges(text: string, found: FoundDate[]): FoundDate[] {
	found.sort((a, b) => a.index - b.index);
	const out: FoundDate[] = [];
	for (let i = 0; i < found.length; i++) {
		const a = found[i];
		const before = text.slice(Math.max(0, a.index - 12), a.index);
		const from = /\b(?:from|since)\s+$/i.exec(before);
		const between = /\bbetween\s+$/i.exec(before);
		const b = found[i + 1];
		const gap = b ? text.slice(a.index + a.length, b.index) : '';
		const dashOnly = /^\s*[-–—]\s*$/.test(gap);
		if (!a.value.end && b && !b.value.end && (from || between || dashOnly)) {
			if (CONNECTOR_RANGE.test(gap) && (between ? /\band\b/.test(gap) : !/^\s*and\s*$/.test(gap))) {
				const length = b.index + b.length - a.index;
				out.push({
					value: { start: a.value.start, end: b.value.start, written: text.slice(a.index, a.index + length) },
					index: a.index,
					length
				});
				i++;
				continue;
			}
		}
		if (!a.value.end && (from || /\bsince\s+$/i.test(before))) {
			const rest = text.slice(a.index + a.length);
			const open = OPEN_END.exec(rest);
			const nextIsDate = b && b.index - (a.index + a.length) < 40;
			if (
				open &&
				open[0].trim() &&
				/onwards?|death|resignation|retirement|dismissal|removal|fall|arrest|expulsion|exile|present|now/i.test(
					open[0]
				) &&
				!nextIsDate
			) {
				const length = a.length + open[0].length;
				out.push({
					value: { start: a.value.start, open: true, written: text.slice(a.index, a.index + length) },
					index: a.index,
					length
				});
				continue;
			}
			if (/\bsince\s+$/i.test(before)) {
				out.push({ ...a, value: { ...a.value, open: true } });
				continue;
			}
		}
		out.push(a);
	}
	return out;
}

export interface FindDateOptions {
	/** Year for dates written without one ("January 21" under a chronicle's "1924" heading). */
	year?: number;
	/** The year the text named last before this sentence, for "in December that year". */
	thatYear?: number;
}

/** Every date expression in a clean sentence, in text order. */
export function findDateExpressions(text: string, options: FindDateOptions = {}): FoundDate[] {
	const out: FoundDate[] = [];
	findDualDates(text, out);
	findFullDates(text, out, options.year, options.thatYear);
	findMonthAndYearDates(text, out, options.year, options.thatYear);
	findYears(text, out);
	out.sort((a, b) => a.index - b.index);
	findRelativeYears(text, out);
	return joinRanges(text, out);
}
