/**
 * Study-day calendars: the starts of consecutive study days around today, built with local dates so
 * daylight-saving days (23 or 25 hours) count as one day, and a binary search to place a time in them.
 */
import { studyDayStart } from '../srs/day';

export interface DayCalendar {
	/** starts[i] is the start of day `i - daysBack` relative to today; one extra entry ends the last day. */
	starts: number[];
	daysBack: number;
}

export function dayCalendar(
	now: number,
	rolloverHour: number,
	daysBack: number,
	daysForward: number
): DayCalendar {
	const today = new Date(studyDayStart(now, rolloverHour));
	const starts: number[] = [];
	for (let offset = -daysBack; offset <= daysForward + 1; offset++) {
		const d = new Date(today);
		d.setDate(d.getDate() + offset);
		starts.push(d.getTime());
	}
	return { starts, daysBack };
}

/**
 * Day offset from today of `time` (0 today, -1 yesterday), or null when it falls outside the calendar.
 */
export function dayOffset(calendar: DayCalendar, time: number): number | null {
	const { starts } = calendar;
	if (time < starts[0] || time >= starts[starts.length - 1]) return null;
	let lo = 0;
	let hi = starts.length - 1;
	// Invariant: starts[lo] <= time < starts[hi].
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (starts[mid] <= time) lo = mid;
		else hi = mid;
	}
	return lo - calendar.daysBack;
}

/** Start of the day at `offset` from today (must lie inside the calendar). */
export function dayStartAt(calendar: DayCalendar, offset: number): number {
	return calendar.starts[offset + calendar.daysBack];
}
