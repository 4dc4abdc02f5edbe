import { describe, expect, it } from 'vitest';
import { strayQuestionMark } from '../../src/lib/cards/work-titles';

describe('a question mark at the end of a work title', () => {
	it('is debris when the document cites the title without it', () => {
		const text = 'THE SPIRIT OF THE LAWS?\nPreface 12\n… as the preface to The Spirit of the Laws, which appeared in 1748, says …';
		expect(strayQuestionMark('The Spirit of the Laws?', text)).toBe(true);
	});
	it('belongs to a title that asks, cited with it everywhere', () => {
		const text = 'WHAT IS THE THIRD ESTATE?\n… in “What Is the Third Estate?” Sieyès answered: everything.';
		expect(strayQuestionMark('What Is the Third Estate?', text)).toBe(false);
	});
});
