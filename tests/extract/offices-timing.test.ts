import { describe, expect, it } from 'vitest';
import { extractOfficeFacts } from '../../src/lib/extract/offices';
import { docFromText, officeSummaries } from './people-doc-fixture';

const facts = officeSummaries;

describe('dates a holding takes from its context', () => {
	it('dates "at the same Congress" by the congress named just before, quoting both sentences', () => {
		const doc = docFromText(
			'At the 12th Party Congress (April 1923) Trotsky looked like the heir. At the same Congress Stalin was re-elected General Secretary.'
		);
		const [fact] = extractOfficeFacts(doc);
		expect(fact).toMatchObject({ person: 'Stalin', how: 'elected' });
		expect(fact.start?.start.iso).toBe('1923-04');
		expect(doc.original.slice(fact.passage!.start, fact.passage!.end)).toContain(
			'12th Party Congress (April 1923)'
		);
		expect(
			facts(
				'The first meeting of the Estates-General opened at Versailles in May 1789 amid hope. At this very same meeting Bailly was elected President of the Third Estate.'
			)
		).toEqual([expect.objectContaining({ person: 'Bailly', start: '1789-05' })]);
	});

	it('dates a "where"-clause by the dated meeting it follows', () => {
		expect(
			facts(
				'Kalinin was a worker. He went as a delegate to the 1912 Bolshevik Party Conference held in Prague, where he was elected an alternate member of the Central Committee.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Kalinin',
				office: 'Alternate Member of the Central Committee',
				start: '1912'
			})
		]);
		expect(
			facts(
				'Benjamin Disraeli was a novelist. In 1868 he went to the Conservative Party Conference in London, where he was elected Leader of the Conservative Party.'
			)
		).toEqual([expect.objectContaining({ person: 'Disraeli', start: '1868' })]);
	});

	it('reads a month whose year an editor added in brackets', () => {
		const text = [
			'His official posts can be listed, Stalin wrote:',
			'- Leader of the Presidium of the Central Committee elected at the 19th Party Congress last October [1952].'
		].join('\n');
		expect(facts(text)).toEqual([
			expect.objectContaining({
				person: 'Stalin',
				office: 'Leader of the Presidium of the Central Committee',
				start: '1952-10'
			})
		]);
	});
});

describe('bare posts', () => {
	it('names a bare post by the one full name the document gives it', () => {
		const f = facts(
			'In 1862 Bismarck became Minister President of Prussia. In 1873 Bismarck resigned as Minister President.'
		);
		expect(f).toEqual([
			expect.objectContaining({
				office: 'Minister President of Prussia',
				organisation: 'Prussia',
				start: '1862'
			}),
			expect.objectContaining({
				office: 'Minister President of Prussia',
				organisation: 'Prussia',
				how: 'resigned'
			})
		]);
	});

	it('leaves a bare post alone when the document names it for two bodies', () => {
		const f = facts(
			'In 1917 Trotsky became Chairman of the Petrograd Soviet. In 1918 Sverdlov was Chairman of the Central Executive Committee. In 1919 Kalinin was elected Chairman.'
		);
		expect(f.find((x) => x.person === 'Kalinin')?.organisation).toBeUndefined();
	});
});
