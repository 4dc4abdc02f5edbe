import { describe, expect, it } from 'vitest';
import {
	bannerVisible,
	closedGate,
	dismissed,
	held,
	released,
	updateFound
} from '../../src/lib/pwa/update-gate';

describe('update banner gate', () => {
	it('stays hidden until a new version is waiting', () => {
		expect(bannerVisible(closedGate)).toBe(false);
		expect(bannerVisible(updateFound(closedGate))).toBe(true);
	});

	it('waits while a review holds it and shows once the review releases it', () => {
		const duringReview = updateFound(held(closedGate, 'review'));
		expect(bannerVisible(duringReview)).toBe(false);
		expect(bannerVisible(released(duringReview, 'review'))).toBe(true);
	});

	it('stays hidden until every holder has released it, and a double release changes nothing', () => {
		const twoHolds = updateFound(held(held(closedGate, 'review'), 'quiz'));
		const oneReleasedTwice = released(released(twoHolds, 'review'), 'review');
		expect(bannerVisible(oneReleasedTwice)).toBe(false);
		expect(bannerVisible(released(oneReleasedTwice, 'quiz'))).toBe(true);
	});

	it('hides after Later and comes back when a newer version is waiting', () => {
		const later = dismissed(updateFound(closedGate));
		expect(bannerVisible(later)).toBe(false);
		expect(bannerVisible(updateFound(later))).toBe(true);
	});
});
