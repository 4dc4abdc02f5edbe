/**
 * Study days start at 4 am local time (as in Anki), so a late-night session counts towards the day
 * the student is still living in, not the calendar date.
 */
export const DAY_ROLLOVER_HOUR = 4;

/** Epoch ms of the start of the study day containing `now` (the latest local 4 am at or before it). */
export function studyDayStart(now: number, rolloverHour = DAY_ROLLOVER_HOUR): number {
	const d = new Date(now);
	const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), rolloverHour, 0, 0, 0);
	if (start.getTime() > now) start.setDate(start.getDate() - 1);
	return start.getTime();
}

/** Epoch ms of the start of the next study day (the next local 4 am after `now`). */
export function nextStudyDayStart(now: number, rolloverHour = DAY_ROLLOVER_HOUR): number {
	const start = new Date(studyDayStart(now, rolloverHour));
	// setDate keeps the local hour across daylight-saving changes, unlike adding 24 h.
	start.setDate(start.getDate() + 1);
	return start.getTime();
}
