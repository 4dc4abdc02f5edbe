import { describe, expect, it } from 'vitest';
import { extractOfficeFacts, findOfficeTitles } from '../../src/lib/extract/offices';
import { docFromText } from './people-doc-fixture';

const facts = (text: string) =>
	extractOfficeFacts(docFromText(text)).map((f) => ({
		person: f.person,
		office: f.office,
		how: f.how,
		start: f.start?.start.iso,
		end: f.end?.start.iso,
		predecessor: f.predecessor
	}));

describe('findOfficeTitles', () => {
	it('normalises posts from a generic lexicon, with their body', () => {
		expect(
			findOfficeTitles('he was elected chairman of the All-Russian Central Executive Committee.')
		).toEqual([
			expect.objectContaining({
				office: 'Chairman of the All-Russian Central Executive Committee',
				organisation: 'All-Russian Central Executive Committee'
			})
		]);
		expect(findOfficeTitles('Stalin became General Secretary of the Central Committee')[0]).toMatchObject({
			office: 'General Secretary',
			organisation: 'Central Committee'
		});
	});

	it('needs a body for bare posts and an organ for memberships', () => {
		expect(findOfficeTitles('He was a member of the Communist Party and a good chairman.')).toEqual([]);
	});
});

describe('extractOfficeFacts', () => {
	it('reads election with succession from prose', () => {
		expect(
			facts(
				'In 1919 Kalinin was elected Chairman of the All-Russia Central Executive Committee, succeeding Sverdlov.'
			)
		).toEqual([
			{
				person: 'Kalinin',
				office: 'Chairman of the All-Russia Central Executive Committee',
				how: 'elected',
				start: '1919',
				end: undefined,
				predecessor: 'Sverdlov'
			}
		]);
	});

	it('reads "became" with the date after the post', () => {
		expect(facts('Stalin became General Secretary of the Central Committee in April 1922.')[0]).toMatchObject(
			{ person: 'Stalin', office: 'General Secretary', how: 'became', start: '1922-04' }
		);
	});

	it('resolves pronouns and takes the predecessor from "after the death of"', () => {
		const f = facts(
			'# Kalinin, Mikhail Ivanovich\nMikhail Ivanovich Kalinin was a revolutionary. After the death of Ia. M. Sverdlov he was elected chairman of the All-Russian Central Executive Committee.'
		);
		expect(f).toEqual([
			expect.objectContaining({ person: 'Kalinin', how: 'elected', predecessor: 'Sverdlov' })
		]);
	});

	it('reads holdings with ranges', () => {
		expect(
			facts(
				'Kalinin was a revolutionary. From January 1938 to March 1946 he was chairman of the Presidium of the Supreme Soviet of the USSR.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Kalinin',
				office: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
				how: 'held',
				start: '1938-01',
				end: '1946-03'
			})
		]);
	});

	it('does not take a proposal, a negation or a wish for a holding', () => {
		expect(
			facts('Lenin proposed Kalinin as chairman of the All-Russian Central Executive Committee in 1919.')
		).toEqual([]);
		expect(
			facts('In June 1924 Trotsky was not re-elected as a full member of the Executive Committee.')
		).toEqual([]);
		expect(
			facts('Lenin considered that Stalin should be removed from the post of general secretary.')
		).toEqual([]);
	});

	it('needs a person', () => {
		expect(facts('In 1922 the plenum elected a new General Secretary of the Central Committee.')).toEqual([]);
	});

	it('reads a list of posts under the sentence that introduces its owner', () => {
		const text = [
			'After November 1917, Stalin’s history was the history of the Communist Party. His official posts can soon be listed:',
			'- People’s Commissar for Nationalities (1917-23);',
			'- Member of the Political Bureau of the Party from May 1917, and General Secretary from 1922;',
			'- Chairman of the Council of People’s Commissars (Prime Minister) from 1941 onwards;'
		].join('\n');
		expect(facts(text)).toEqual([
			expect.objectContaining({
				person: 'Stalin',
				office: 'People’s Commissar for Nationalities',
				how: 'held',
				start: '1917',
				end: '1923'
			}),
			expect.objectContaining({
				person: 'Stalin',
				office: 'Member of the Political Bureau of the Party',
				start: '1917-05'
			}),
			expect.objectContaining({ person: 'Stalin', office: 'General Secretary', start: '1922' }),
			expect.objectContaining({
				person: 'Stalin',
				office: 'Chairman of the Council of People’s Commissars',
				start: '1941',
				end: undefined
			})
		]);
	});

	it('reads memberships and chronicle elections dated by the date line', () => {
		const doc = docFromText(
			'1924\n\nJune 2\n\nThe plenum of the Central Committee of the R.C.P.(B.) elects J. V. Stalin to the Political Bureau, and re-elects him General Secretary of the Central Committee of the R.C.P.(B.).'
		);
		const f = extractOfficeFacts(doc);
		expect(f.map((x) => [x.person, x.office, x.how, x.start?.start.iso])).toEqual([
			['Stalin', 'General Secretary', 'elected', '1924-06-02'],
			['Stalin', 'Member of the Political Bureau', 'elected', '1924-06-02']
		]);
		const p = f[0].passage!;
		expect(doc.original.slice(p.start, p.end).startsWith('June 2')).toBe(true);
	});
});

describe('extractOfficeFacts on unseen document shapes', () => {
	it('reads passive succession, envoys and monarchs', () => {
		const text =
			'Otto von Bismarck was a statesman. From 1851 to 1859 Bismarck was Prussia’s envoy to the Federal Convention in Frankfurt. In 1871 Bismarck became the first Chancellor of the German Empire. He was succeeded as chancellor by Leo von Caprivi.';
		expect(facts(text)).toEqual([
			expect.objectContaining({
				person: 'Bismarck',
				office: 'Envoy to the Federal Convention',
				how: 'held',
				start: '1851',
				end: '1859'
			}),
			expect.objectContaining({
				person: 'Bismarck',
				office: 'Chancellor of the German Empire',
				how: 'became',
				start: '1871'
			}),
			expect.objectContaining({
				person: 'Caprivi',
				// The document names the post in full once: "Chancellor" is that post.
				office: 'Chancellor of the German Empire',
				how: 'succeeded',
				predecessor: 'Bismarck'
			})
		]);
	});

	it('reads a chronology of posts under a section titled with its person', () => {
		const text = [
			'# Jawaharlal Nehru (1889–1964): Chronology',
			'- 2 September 1946 – Vice-President of the Executive Council of the interim government.',
			'- 15 August 1947 – first Prime Minister of independent India.',
			'- Gulzarilal Nanda is sworn in as acting Prime Minister; Lal Bahadur Shastri succeeds Nehru as Prime Minister on 9 June 1964.'
		].join('\n');
		expect(facts(text)).toEqual([
			expect.objectContaining({
				person: 'Nehru',
				office: 'Vice-President of the Executive Council',
				how: 'became',
				start: '1946-09-02'
			}),
			expect.objectContaining({
				person: 'Nehru',
				office: 'Prime Minister',
				how: 'became',
				start: '1947-08-15'
			}),
			expect.objectContaining({ person: 'Nanda', office: 'Prime Minister', how: 'became' }),
			expect.objectContaining({
				person: 'Shastri',
				office: 'Prime Minister',
				how: 'succeeded',
				predecessor: 'Nehru',
				start: '1964-06-09'
			})
		]);
	});

	it('reads removals from several coordinated posts', () => {
		expect(
			facts(
				'Nikolai Bukharin was a theorist. Bukharin was removed as an editor of Pravda, as a political secretary of COMINTERN and from the Politburo.'
			)
		).toEqual([
			expect.objectContaining({ person: 'Bukharin', office: 'Editor of Pravda', how: 'removed' }),
			expect.objectContaining({
				person: 'Bukharin',
				office: 'Political Secretary of COMINTERN',
				how: 'removed'
			})
		]);
	});

	it('resolves "he" to the subject of an earlier clause of the same sentence', () => {
		expect(
			facts(
				'Lenin was ill. In May 1925 Trotsky was given a new post; he was put on the Supreme Council of National Economy.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Trotsky',
				office: 'Member of the Supreme Council of National Economy',
				how: 'appointed'
			})
		]);
	});
});

describe('extractOfficeFacts on notes tables and gapped lists', () => {
	it('reads a Markdown table of post holders flattened into one line', () => {
		const text =
			'| Necker | Director-General of Finance (dismissed 11 July 1789) | | Bailly | mayor of Paris from 15 July 1789 | | Bonaparte | First Consul from December 1799 |';
		expect(facts(text)).toEqual([
			expect.objectContaining({
				person: 'Necker',
				office: 'Director-General of Finance',
				how: 'removed',
				end: '1789-07-11'
			}),
			expect.objectContaining({
				person: 'Bailly',
				office: 'Mayor of Paris',
				how: 'held',
				start: '1789-07-15'
			}),
			expect.objectContaining({ person: 'Bonaparte', office: 'First Consul', how: 'held', start: '1799-12' })
		]);
	});

	it('gives a gapped second holder the first holder’s verb', () => {
		expect(
			facts('# 1789\n- 15 July – Bailly becomes mayor of Paris, Lafayette commander of the National Guard')
		).toEqual([
			expect.objectContaining({
				person: 'Bailly',
				office: 'Mayor of Paris',
				how: 'became',
				start: '1789-07-15'
			}),
			expect.objectContaining({
				person: 'Lafayette',
				office: 'Commander of the National Guard',
				how: 'became',
				start: '1789-07-15'
			})
		]);
	});
});

describe('extractOfficeFacts with references back', () => {
	it('names "this Commission" by the body the sentence before introduced', () => {
		expect(
			facts(
				'Stalin was strong. A special Control Commission was set up. Stalin became the Supervisor of this Commission.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Stalin',
				office: 'Supervisor of the Control Commission',
				how: 'became'
			})
		]);
	});

	it('dates a clause after ";" by the date earlier in the sentence', () => {
		expect(
			facts(
				'Lenin was ill. In May 1925 Trotsky was given a new post; he was put on the Supreme Council of National Economy.'
			)
		).toEqual([expect.objectContaining({ person: 'Trotsky', start: '1925-05' })]);
	});
});
