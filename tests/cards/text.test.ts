import { describe, expect, it } from 'vitest';
import { tidyAnswer } from '../../src/lib/cards/text';

describe('tidyAnswer', () => {
	it('drops the final full stop of a sentence', () => {
		expect(tidyAnswer('Permanent revolution.')).toBe('Permanent revolution');
		expect(tidyAnswer('in 1924.')).toBe('in 1924');
	});
	it('keeps the full stop that closes an abbreviation', () => {
		expect(tidyAnswer('the most capable man in the present C.C.')).toBe('the most capable man in the present C.C.');
		expect(tidyAnswer('the U.S.S.R.')).toBe('the U.S.S.R.');
	});
});
