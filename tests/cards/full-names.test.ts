import { describe, expect, it } from 'vitest';
import { withFullNames } from '../../src/lib/cards/full-names';
import type { Card } from '../../src/lib/cards/types';
import { testCard } from './card-fixture';

function card(front: string, person: string, quote: string): Card {
	return testCard({ front, back: '1666', people: [person], quote });
}

describe('a name the document never writes alone', () => {
	it('is given with the word the document always puts before it', () => {
		const text = 'Shigemitsu Mamoru was Foreign Minister. Yoshida succeeded Shigemitsu Mamoru in September 1945.';
		const out = withFullNames(card('Who succeeded Mamoru as Foreign Minister?', 'Mamoru', text), text);
		expect(out.front).toBe('Who succeeded Shigemitsu Mamoru as Foreign Minister?');
		expect(out.people).toEqual(['Shigemitsu Mamoru']);
	});
	it('takes the word its quote uses when the document has two such names', () => {
		const text = 'Nur Jahan ruled through her husband. Shah Jahan built the Taj Mahal. Shah Jahan died a prisoner in 1666.';
		const out = withFullNames(card('When did Jahan die?', 'Jahan', 'Shah Jahan died a prisoner in 1666.'), text);
		expect(out.front).toBe('When did Shah Jahan die?');
	});
	it('keeps the particle of a name the document never writes without it', () => {
		const text = 'Charles de Gaulle was born in Lille. In 1940 de Gaulle went to London.';
		const out = withFullNames(card('When was Gaulle born?', 'Gaulle', text), text);
		expect(out.front).toBe('When was de Gaulle born?');
	});
	it('takes the quote\'s whole name when the document elsewhere writes it alone', () => {
		const text =
			'Franz Joseph came to the throne in 1848. Joseph was eighteen. Franz Joseph signed the declaration of war on 28 July 1914.';
		const quote = 'Franz Joseph signed the declaration of war on 28 July 1914.';
		const out = withFullNames(card('When did Joseph sign the declaration of war?', 'Joseph', quote), text);
		expect(out.front).toBe('When did Franz Joseph sign the declaration of war?');
		const earl = 'Grey became Prime Minister. On 22 November 1830 Earl Grey succeeded Wellington.';
		const grey = card('Who succeeded Wellington as Prime Minister?', 'Grey', 'On 22 November 1830 Earl Grey succeeded Wellington.');
		expect(withFullNames(grey, earl)).toBe(grey);
	});
	it('takes no month for a first name', () => {
		const text = 'Louis-Philippe fled. On 24 February Louis-Philippe abdicated. In February Louis-Philippe left Paris.';
		const quote = 'On 24 February Louis-Philippe abdicated.';
		const king = card('When did Louis-Philippe abdicate?', 'Louis-Philippe', quote);
		expect(withFullNames(king, text)).toBe(king);
	});
	it('takes no word of another line (a heading) for a first name', () => {
		const lines = 'Bismarck\nBismarck appointed Minister-President of Prussia 1862';
		const bismarck = card('Who was appointed Minister-President of Prussia in 1862?', 'Bismarck', lines);
		expect(withFullNames(bismarck, lines)).toBe(bismarck);
	});
	it('leaves a surname the document also writes alone, and a name after a particle', () => {
		const text = 'William Gladstone became Prime Minister in 1868. Gladstone resigned in 1874.';
		const gladstone = card('When did Gladstone resign?', 'Gladstone', text);
		expect(withFullNames(gladstone, text)).toBe(gladstone);
		const colombia = 'Francisco de Paula Santander was Vice President. In 1828 de Paula Santander was exiled.';
		const santander = card('When was Santander exiled?', 'Santander', colombia);
		expect(withFullNames(santander, colombia)).toBe(santander);
	});
});
