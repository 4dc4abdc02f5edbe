import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/extract';
import type { OfficeFact } from '../../src/lib/extract/types';
import { docFromText } from './people-doc-fixture';

/** Office facts of a text through every extractor, in the fields these tests check. */
const offices = (text: string) =>
	extractFacts(docFromText(text))
		.filter((f): f is OfficeFact => f.kind === 'office')
		.map((f) => ({
			person: f.person,
			office: f.office,
			how: f.how,
			start: f.start?.start.iso,
			end: f.end?.start.iso,
			predecessor: f.predecessor
		}));

describe('a throne taken, held and left, titled as the document titles its rulers', () => {
	const mughals =
		'The Mughal emperor Babur died in 1530. Akbar reigned 1556–1605. Jahangir succeeded Akbar in 1605. ' +
		'Shah Jahan came to the throne in 1628. Aurangzeb deposed his father in 1658 and proclaimed himself emperor.';

	it('reads a reign written as a span of years as the post held', () => {
		expect(offices(mughals)).toContainEqual(
			expect.objectContaining({
				person: 'Akbar',
				office: 'Mughal Emperor',
				how: 'held',
				start: '1556',
				end: '1605'
			})
		);
	});

	it('gives a succession without its post the post the predecessor held', () => {
		expect(offices(mughals)).toContainEqual(
			expect.objectContaining({
				person: 'Jahangir',
				office: 'Mughal Emperor',
				predecessor: 'Akbar',
				start: '1605'
			})
		);
	});

	it('keeps a ruler’s title that is part of his name in the name, not as his post', () => {
		expect(offices(mughals)).toContainEqual(
			expect.objectContaining({
				person: 'Shah Jahan',
				office: 'Mughal Emperor',
				how: 'became',
				start: '1628'
			})
		);
	});

	it('reads a ruler who proclaims himself after another deed of the same subject', () => {
		expect(offices(mughals)).toContainEqual(
			expect.objectContaining({ person: 'Aurangzeb', how: 'became', start: '1658' })
		);
	});

	it('takes the title written before the name of a queen who ascends the throne', () => {
		expect(offices('Queen Victoria ascended the throne on 20 June 1837.')).toEqual([
			expect.objectContaining({ person: 'Victoria', office: 'Queen', how: 'became', start: '1837-06-20' })
		]);
	});

	it('dates an abdication as the end of the post the text gave the ruler', () => {
		expect(
			offices('Charles X was King of France from 1824. Charles X abdicated in August 1830.')
		).toContainEqual(
			expect.objectContaining({
				person: 'Charles X',
				office: 'King of France',
				how: 'resigned',
				end: '1830-08'
			})
		);
	});

	it('makes no post of a throne or a coronation in a document that names no ruler’s title', () => {
		expect(offices('Napoleon was crowned in Notre-Dame on 2 December 1804.')).toEqual([]);
		expect(offices('The reign of Louis XIV (r. 1643–1715) saw the building of Versailles.')).toEqual([]);
	});
});

describe('a charge named by its noun and a government formed', () => {
	it('reads "the premiership passed to" and "formed his first ministry" as becoming Prime Minister', () => {
		const text =
			'Gladstone was Prime Minister four times. Gladstone formed his first ministry in December 1868. ' +
			'In 1894 the premiership passed to Lord Rosebery.';
		expect(offices(text)).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					person: 'Gladstone',
					office: 'Prime Minister',
					how: 'became',
					start: '1868-12'
				}),
				expect.objectContaining({
					person: 'Rosebery',
					office: 'Prime Minister',
					how: 'became',
					start: '1894'
				})
			])
		);
	});

	it('names "the presidency" by the one state the document gives its President', () => {
		expect(
			offices(
				'Getúlio Vargas was President of Brazil from 1930 to 1945. Vargas assumed the presidency in November 1930.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Vargas',
				office: 'President of Brazil',
				how: 'became',
				start: '1930-11'
			})
		);
	});

	it('makes no post of a government formed where the document names no head of government', () => {
		expect(offices('In 1848 the liberals formed a government in Turin.')).toEqual([]);
	});
});

describe('successions that leave the post to be read from the predecessor', () => {
	it('gives a son who succeeds a dead king the post the text gave his father, undated', () => {
		expect(
			offices(
				'Frederick William I was King of Prussia from 1713. Frederick William I died at Potsdam on 31 May 1740 and was succeeded by his son, Frederick II.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Frederick II',
				office: 'King of Prussia',
				how: 'succeeded',
				predecessor: 'Frederick William I',
				start: undefined
			})
		);
	});

	it('reads "X’s son Y succeeded him as <regnal name>" as the father’s post, not a post named Selim II', () => {
		expect(
			offices(
				'The Ottoman sultan Suleiman died at Szigetvar in 1566. Suleiman’s son Selim succeeded him as Selim II.'
			)
		).toContainEqual(
			expect.objectContaining({ person: 'Selim', office: 'Ottoman Sultan', predecessor: 'Suleiman' })
		);
	});

	it('dates a reign begun in an aside and an abdication each by its own verb', () => {
		expect(offices('The last tsar, Nicholas II, who reigned from 1894, abdicated in March 1917.')).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ person: 'Nicholas II', office: 'Tsar', how: 'held', start: '1894' }),
				expect.objectContaining({ person: 'Nicholas II', office: 'Tsar', how: 'resigned', end: '1917-03' })
			])
		);
	});

	it('makes no king of a consort crowned in a kingdom', () => {
		expect(
			offices(
				'King Henry VIII came to the throne in 1509. Anne Boleyn was crowned on 1 June 1533, and she gave birth in September.'
			).filter((f) => f.person !== 'Henry VIII')
		).toEqual([]);
	});
});
