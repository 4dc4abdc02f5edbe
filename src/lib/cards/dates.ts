import type { DateValue, HistoricalDate } from '../extract/types';
import type { Card, CardDate } from './types';

/** English month names, January first: shared by card templates and quiz answers. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "1924-01-21" (day) → "21 January 1924"; month → "January 1924"; year → "1924"; decade → "the 1920s". */
export function formatIso(iso: string, precision: HistoricalDate['precision']): string {
	const [y, m, d] = iso.split('-');
	if (precision === 'decade') return `the ${y}s`;
	if (precision === 'year' || !m) return y;
	const month = MONTHS[Number(m) - 1] ?? m;
	if (precision === 'month' || !d) return `${month} ${y}`;
	return `${Number(d)} ${month} ${y}`;
}

function calendarLabel(calendar: HistoricalDate['calendar']): string {
	return calendar === 'julian' ? 'Old Style' : 'New Style';
}

/** One date, with both calendars when the source gives both, Old Style first. */
export function formatHistoricalDate(date: HistoricalDate): string {
	const main = formatIso(date.iso, date.precision);
	if (!date.alt) return main;
	const alt = formatIso(date.alt.iso, date.precision);
	const pair = [
		{ text: main, calendar: date.calendar },
		{ text: alt, calendar: date.alt.calendar }
	].sort((a, b) => (a.calendar === 'julian' ? -1 : b.calendar === 'julian' ? 1 : 0));
	return pair.map((p) => `${p.text} (${calendarLabel(p.calendar)})`).join('; ');
}

/** "11–13 October 1917": a range within one month in one calendar, or undefined when it is not one. */
function sameMonthRange(from: string, to: string, precision: HistoricalDate['precision']): string | undefined {
	if (precision !== 'day' || from.slice(0, 7) !== to.slice(0, 7)) return undefined;
	const whole = formatIso(to, 'day');
	return `${Number(from.slice(8, 10))}–${whole}`;
}

/**
 * A range the source gives in both calendars ("October 24-26 (11-13), 1917") reads as two ranges,
 * Old Style first: "11–13 October 1917 (Old Style); 24–26 October 1917 (New Style)".
 */
function dualRange(start: HistoricalDate, end: HistoricalDate): string | undefined {
	if (!start.alt || !end.alt || start.calendar !== end.calendar || start.alt.calendar !== end.alt.calendar)
		return undefined;
	const main = sameMonthRange(start.iso, end.iso, start.precision);
	const alt = sameMonthRange(start.alt.iso, end.alt.iso, start.precision);
	if (!main || !alt) return undefined;
	return [
		{ text: main, calendar: start.calendar },
		{ text: alt, calendar: start.alt.calendar }
	]
		.sort((a, b) => (a.calendar === 'julian' ? -1 : b.calendar === 'julian' ? 1 : 0))
		.map((p) => `${p.text} (${calendarLabel(p.calendar)})`)
		.join('; ');
}

/**
 * A range inside one month or one year says the month or year once, as a teacher writes it:
 * "16–18 January 1924", "24 November – 2 December 1912", "March–May 1917".
 */
function sharedMonthOrYear(start: HistoricalDate, end: HistoricalDate): string | undefined {
	if (start.precision !== end.precision || start.calendar !== end.calendar) return undefined;
	const sameYear = start.iso.slice(0, 4) === end.iso.slice(0, 4);
	if (!sameYear || start.iso >= end.iso) return undefined;
	if (start.precision === 'day') {
		const month = sameMonthRange(start.iso, end.iso, 'day');
		if (month) return month;
		const from = formatIso(start.iso, 'day').replace(/ \d+$/, '');
		return `${from} – ${formatIso(end.iso, 'day')}`;
	}
	if (start.precision === 'month') {
		const from = formatIso(start.iso, 'month').replace(/ \d+$/, '');
		return `${from}–${formatIso(end.iso, 'month')}`;
	}
	return undefined;
}

/** A date value as an answer: single dates, ranges ("1922–1929") and open ranges ("from 1919"). */
export function formatDateValue(value: DateValue): string {
	const start = formatHistoricalDate(value.start);
	if (value.end) {
		const end = formatHistoricalDate(value.end);
		if (end === start) return start;
		const dual = dualRange(value.start, value.end);
		if (dual) return dual;
		const shared = !value.start.alt && !value.end.alt ? sharedMonthOrYear(value.start, value.end) : undefined;
		if (shared) return shared;
		const compact = !value.start.alt && !value.end.alt && !start.includes(' ') && !end.includes(' ');
		return compact ? `${start}–${end}` : `${start} – ${end}`;
	}
	if (value.open) return `from ${start}`;
	return start;
}

export function cardDate(value: DateValue): CardDate {
	const date: CardDate = {
		iso: value.start.iso,
		precision: value.start.precision,
		calendar: value.start.calendar
	};
	if (value.start.alt) date.alt = { ...value.start.alt };
	if (value.end) date.endIso = value.end.iso;
	return date;
}

/** The Gregorian reading of a date, so an Old Style and a New Style mention of one day compare equal. */
export function gregorianIso(date: HistoricalDate): string {
	if (date.calendar === 'gregorian') return date.iso;
	return date.alt && date.alt.calendar === 'gregorian' ? date.alt.iso : date.iso;
}

/** True when two date values name the same day/month/year in either calendar. */
export function sameDate(a: DateValue, b: DateValue): boolean {
	const as = new Set([a.start.iso, a.start.alt?.iso].filter(Boolean));
	const bs = [b.start.iso, b.start.alt?.iso].filter(Boolean) as string[];
	if (!bs.some((iso) => as.has(iso))) return false;
	const ae = a.end ? gregorianIso(a.end) : undefined;
	const be = b.end ? gregorianIso(b.end) : undefined;
	return ae === be || !ae || !be;
}

/** The year as a quote may show it: "1920", or the short form a source uses ("15. VII. 20", "1918-20"). */
export function yearShown(text: string, date: Pick<CardDate, 'iso' | 'alt'>): boolean {
	const years = [date.iso, date.alt?.iso].filter((s): s is string => !!s).map((s) => s.slice(0, 4));
	return years.some((y) => text.includes(y) || new RegExp(`(?<!\\d)${y.slice(2)}(?!\\d)`).test(text));
}

const SEASON_BEFORE_YEAR =
	/\b(?:(early|late|mid)(?:-|\s+)(?:in\s+)?)?(?:the\s+)?(?:(spring|summer|autumn|fall|winter)(?:\s+of)?\s+)?$/i;

/**
 * "During the Autumn 1924 Stalin presented …", "In early 1926 Zinoviev …": a year the source narrows
 * to a season or a part of the year is answered as the source says it ("autumn 1924", "early 1926"),
 * so the card is no vaguer than its quote. The card's date stays the year, which the quiz grades.
 */
export function withPartOfYear(card: Card): Card {
	if (card.kind !== 'date' || card.date?.precision !== 'year' || card.date.endIso || card.date.alt) return card;
	const year = card.date.iso.slice(0, 4);
	if (card.back !== year) return card;
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const at = quote.indexOf(year);
	if (at < 0 || quote.indexOf(year, at + 1) >= 0) return card;
	const m = SEASON_BEFORE_YEAR.exec(quote.slice(Math.max(0, at - 40), at));
	if (!m || (!m[1] && !m[2])) return card;
	const part = [m[1], m[2]]
		.filter(Boolean)
		.map((w) => (w as string).toLowerCase())
		.join(' ');
	return { ...card, back: `${part} ${year}` };
}
