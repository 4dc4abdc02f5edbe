import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayStart } from '../../src/lib/srs/day';

const local = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();

describe('study day boundary at 4 am local', () => {
	it('counts 3:59 am as the previous study day', () => {
		expect(studyDayStart(local(10, 3, 59))).toBe(local(9, 4));
	});
	it('starts a new study day at exactly 4 am', () => {
		expect(studyDayStart(local(10, 4))).toBe(local(10, 4));
		expect(studyDayStart(local(10, 23, 30))).toBe(local(10, 4));
	});
	it('gives the next 4 am as the end of the day', () => {
		expect(nextStudyDayStart(local(10, 23, 30))).toBe(local(11, 4));
		expect(nextStudyDayStart(local(10, 1))).toBe(local(10, 4));
	});
	it('handles the turn of a month', () => {
		expect(studyDayStart(new Date(2026, 3, 1, 2).getTime())).toBe(new Date(2026, 2, 31, 4).getTime());
	});
});
