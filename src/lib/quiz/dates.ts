/**
 * Dates in quizzes: shown at the precision the source gives, compared at that precision, and typed
 * in any common written form ("21 Jan 1924", "January 21, 1924", "21.01.1924", "1924-01-21").
 */
import type { CardDate } from '../cards/types';
import { formatIso, MONTHS } from '../cards/dates';
import type { Calendar, DatePrecision } from '../extract/types';

const MONTH_NAMES = MONTHS;

const PRECISION_RANK: Record<DatePrecision, number> = { decade: 0, year: 1, month: 2, day: 3 };

/** The coarser of two precisions: two dates can only be told apart at the precision both show. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
	return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

export function isFinerOrEqual(a: DatePrecision, b: DatePrecision): boolean {
	return PRECISION_RANK[a] >= PRECISION_RANK[b];
}

/** The part of an ISO date that a precision shows: "1924-01-21" at month → "1924-01"; decade → "192". */
export function dateKey(iso: string, precision: DatePrecision): string {
	const [y, m, d] = iso.split('-');
	if (precision === 'decade') return y.slice(0, 3);
	if (precision === 'year' || !m) return y;
	if (precision === 'month' || !d) return `${y}-${m}`;
	return `${y}-${m}-${d}`;
}

export function yearOf(iso: string): number {
	return Number(iso.slice(0, 4));
}

/** "1924-01-21" at day → "21 January 1924"; month → "January 1924"; year → "1924"; decade → "the 1920s". */
export function formatDate(iso: string, precision: DatePrecision): string {
	return formatIso(iso, precision);
}

// Julian ↔ Gregorian through the Julian day number, so Old Style dates sort among New Style ones.
function julianDayFromJulian(y: number, m: number, d: number): number {
	const a = Math.floor((14 - m) / 12);
	const yy = y + 4800 - a;
	const mm = m + 12 * a - 3;
	return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
}

function gregorianFromJulianDay(jdn: number): [number, number, number] {
	const a = jdn + 32044;
	const b = Math.floor((4 * a + 3) / 146097);
	const c = a - Math.floor((146097 * b) / 4);
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor((1461 * d) / 4);
	const m = Math.floor((5 * e + 2) / 153);
	const day = e - Math.floor((153 * m + 2) / 5) + 1;
	const month = m + 3 - 12 * Math.floor(m / 10);
	const year = 100 * b + d - 4800 + Math.floor(m / 10);
	return [year, month, day];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date's New Style ISO: the source's own Gregorian reading when it gives one, else converted. */
export function gregorianIso(date: Pick<CardDate, 'iso' | 'precision' | 'calendar' | 'alt'>): string {
	if (date.calendar === 'gregorian') return date.iso;
	if (date.alt?.calendar === 'gregorian') return date.alt.iso;
	const [y, m, d] = date.iso.split('-').map(Number);
	if (date.precision !== 'day' || !m || !d) return date.iso;
	const [gy, gm, gd] = gregorianFromJulianDay(julianDayFromJulian(y, m, d));
	return `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}`;
}

/** Every key (at the card's precision) that names this date: its own and its other-calendar reading. */
export function acceptedDateKeys(date: CardDate, precision: DatePrecision = date.precision): string[] {
	const keys = [dateKey(date.iso, precision), dateKey(gregorianIso(date), precision)];
	if (date.alt) keys.push(dateKey(date.alt.iso, precision));
	return [...new Set(keys)];
}

/** How a card's date reads as an option or an answer: New Style, with its end for ranges. */
export function showDate(date: CardDate): string {
	const start = formatDate(gregorianIso(date), date.precision);
	if (!date.endIso || date.endIso === date.iso) return start;
	const end = formatDate(date.endIso, date.precision);
	return `${start}–${end}`;
}

/** Move a date by whole years, months or days, keeping its precision. */
export function shiftIso(iso: string, unit: 'year' | 'month' | 'day', amount: number): string {
	const [y, m = 1, d = 1] = iso.split('-').map(Number);
	const parts = iso.split('-').length;
	const utc = new Date(Date.UTC(2000, m - 1, d));
	utc.setUTCFullYear(y);
	if (unit === 'year') utc.setUTCFullYear(y + amount);
	if (unit === 'month') utc.setUTCMonth(utc.getUTCMonth() + amount);
	if (unit === 'day') utc.setUTCDate(utc.getUTCDate() + amount);
	const out = [pad(utc.getUTCFullYear(), 4), pad(utc.getUTCMonth() + 1), pad(utc.getUTCDate())];
	return out.slice(0, parts).join('-');
}

/** A date the student typed, possibly ambiguous (3/4/1924): every reading it may have. */
export interface TypedDate {
	year: number;
	month?: number;
	day?: number;
	/** "1920s": only the decade. */
	decade?: boolean;
}

const MONTH_WORDS: [RegExp, number][] = MONTH_NAMES.map((name, i) => [
	new RegExp(`^${name.slice(0, 3).toLowerCase()}`),
	i + 1
]);

function monthFromWord(word: string): number | undefined {
	const w = word.toLowerCase().replace(/\.$/, '');
	if (w.length < 3) return undefined;
	if (w === 'sept') return 9;
	const hit = MONTH_WORDS.find(([re]) => re.test(w));
	if (!hit) return undefined;
	const full = MONTH_NAMES[hit[1] - 1].toLowerCase();
	return full.startsWith(w) || w === 'sept' ? hit[1] : undefined;
}

function valid(t: TypedDate): boolean {
	if (t.year < 1 || t.year > 9999) return false;
	if (t.month !== undefined && (t.month < 1 || t.month > 12)) return false;
	if (t.day !== undefined && (t.day < 1 || t.day > 31)) return false;
	return true;
}

/**
 * Every reading of one typed date. Numeric forms with dots or dashes read day-first (European), ISO
 * reads year-first, and slashes may be either way round, so both readings are offered.
 */
export function parseTypedDate(input: string): TypedDate[] {
	const text = input
		.trim()
		.replace(/[\u00a0\s]+/g, ' ')
		.replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
		.replace(/\b(on|in|the|of|year|ad|a\.d\.|n\.s\.|o\.s\.|new style|old style)\b\.?/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	let m: RegExpMatchArray | null;
	if ((m = text.match(/^(\d{3})0'?s$/i))) return [{ year: Number(m[1]) * 10, decade: true }];
	if ((m = text.match(/^(\d{3,4})$/))) return [{ year: Number(m[1]) }];
	if ((m = text.match(/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/))) {
		return [{ year: +m[1], month: +m[2], day: m[3] ? +m[3] : undefined }].filter(valid);
	}
	if ((m = text.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/))) {
		const [a, b, y] = [+m[1], +m[2], +m[3]];
		const sep = text.includes('/') ? '/' : '.';
		const readings: TypedDate[] = [{ year: y, month: b, day: a }];
		if (sep === '/') readings.push({ year: y, month: a, day: b });
		return readings.filter(valid);
	}
	if ((m = text.match(/^(\d{1,2})[./-](\d{4})$/))) return [{ year: +m[2], month: +m[1] }].filter(valid);
	const words = text.split(/[\s,]+/).filter(Boolean);
	const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
	const months = words.map(monthFromWord).filter((x): x is number => x !== undefined);
	const others = words.filter((w) => !/^\d+$/.test(w) && monthFromWord(w) === undefined);
	if (months.length !== 1 || others.length || numbers.length < 1 || numbers.length > 2) return [];
	const year = numbers.find((n) => n > 31);
	if (year === undefined) return [];
	const day = numbers.find((n) => n !== year);
	return [{ year, month: months[0], day }].filter(valid);
}

function typedKey(t: TypedDate, precision: DatePrecision): string | undefined {
	if (precision === 'decade') return String(t.year).padStart(4, '0').slice(0, 3);
	if (t.decade) return undefined;
	const y = pad(t.year, 4);
	if (precision === 'year') return y;
	if (t.month === undefined) return undefined;
	if (precision === 'month') return `${y}-${pad(t.month)}`;
	if (t.day === undefined) return undefined;
	return `${y}-${pad(t.month)}-${pad(t.day)}`;
}

export type DateVerdict = 'right' | 'too-vague' | 'wrong' | 'unreadable';

/** Split "1922–1929" or "1922 to 1929" into its two ends, if both read as dates. */
function splitRange(text: string): [string, string] | undefined {
	const m = text.match(/^(.+?)\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b)\s*(.+)$/i);
	if (!m) return undefined;
	if (!parseTypedDate(m[1]).length || !parseTypedDate(m[2]).length) return undefined;
	return [m[1], m[2]];
}

function judgeOne(text: string, keys: string[], precision: DatePrecision): DateVerdict {
	const readings = parseTypedDate(text);
	if (!readings.length) return 'unreadable';
	const typed = readings.map((r) => typedKey(r, precision));
	if (typed.some((k) => k !== undefined && keys.includes(k))) return 'right';
	if (typed.every((k) => k === undefined)) return 'too-vague';
	return 'wrong';
}

/**
 * Is `given` the card's date? Graded at the precision the card gives (a year question accepts any
 * day of that year; a day question needs the day), in either calendar where the source gives both.
 */
export function judgeDate(given: string, date: CardDate): DateVerdict {
	const text = given.trim();
	if (!text) return 'unreadable';
	const startKeys = acceptedDateKeys(date);
	const whole = judgeOne(text, startKeys, date.precision);
	if (whole !== 'unreadable') return whole;
	const range = splitRange(text);
	if (!range) return 'unreadable';
	const start = judgeOne(range[0], startKeys, date.precision);
	if (start !== 'right' || !date.endIso) return start;
	return judgeOne(range[1], [dateKey(date.endIso, date.precision)], date.precision);
}

export type { Calendar, DatePrecision };
