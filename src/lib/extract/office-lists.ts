import type { IngestedDocument } from '../ingest/types';
import { placeDate, sentenceDates } from './dates';
import { titleCase } from './offices';
import { NAME, personKey, plausibleName, registered } from './office-names';
import { peopleContext } from './people';
import type { DateValue, OfficeFact } from './types';

/**
 * A line of holders under a label naming the post in the plural, as revision notes and textbooks list
 * them: "PNF secretaries: Farinacci (Feb 1925 – Mar 1926) → replaced by Turati (1926–30) → … Starace
 * (Dec 1931 – 1939)", "Prime Ministers: Grey (1830–34), Melbourne (1834–41)". Each name with the years
 * in brackets after it held the post then; one "replaced by" the one before succeeded him. A notes line
 * split at its arrows continues on the next lines while they are names with bracketed years.
 */

/** Plural posts, and the singular a card names. */
const PLURAL_POSTS: Record<string, string> = {
	secretaries: 'Secretary',
	'general secretaries': 'General Secretary',
	'first secretaries': 'First Secretary',
	presidents: 'President',
	chairmen: 'Chairman',
	chancellors: 'Chancellor',
	'prime ministers': 'Prime Minister',
	premiers: 'Premier',
	governors: 'Governor',
	'governors-general': 'Governor-General',
	viceroys: 'Viceroy',
	'grand viziers': 'Grand Vizier',
	viziers: 'Vizier',
	leaders: 'Leader',
	'foreign ministers': 'Foreign Minister',
	'foreign secretaries': 'Foreign Secretary',
	kings: 'King',
	queens: 'Queen',
	emperors: 'Emperor',
	popes: 'Pope',
	sultans: 'Sultan',
	shoguns: 'Shogun',
	doges: 'Doge',
	tsars: 'Tsar',
	consuls: 'Consul',
	mayors: 'Mayor'
};

const LABEL = new RegExp(
	String.raw`^\s*(?:[-*•]\s*)?((?:[A-Z][\p{L}.'’-]*\s+){0,3})(${Object.keys(PLURAL_POSTS)
		.sort((a, b) => b.length - a.length)
		.map((p) => p.replace(/(^|\s)(\w)/g, (_, sp: string, c: string) => `${sp}[${c.toUpperCase()}${c}]`))
		.join('|')})\s*:\s*`,
	'u'
);
/** A holder: "(replaced by) Name (dates…" — the bracket must open with the dates. */
const HOLDER = new RegExp(
	String.raw`(?:^|[,;→]\s*|\s(?:then|and)\s+|…\s*)(?:(?:sacked|dismissed|resigned|died)\s*,?\s*)?((?:replaced|succeeded)\s+by\s+)?(${NAME})\s*\(\s*(?=(?:[A-Z][a-z]{2,8}\.?\s+)?\d{3,4})`,
	'gu'
);

/** The post a label names: "PNF secretaries" → "Secretary of the PNF", "Soviet leaders" → "Soviet Leader". */
function postOf(prefix: string, plural: string): string {
	const head = PLURAL_POSTS[plural.toLowerCase().replace(/\s+/g, ' ')];
	const p = prefix.trim();
	if (!p) return head;
	if (/^[A-Z]{2,}$/.test(p)) return `${head} of the ${p}`;
	return titleCase(`${p} ${head}`);
}

export function extractPostLists(doc: IngestedDocument): OfficeFact[] {
	const { index: known, antecedents } = peopleContext(doc);
	const perSentence = sentenceDates(doc);
	const facts: OfficeFact[] = [];
	for (let i = 0; i < doc.sentences.length; i++) {
		const label = LABEL.exec(doc.sentences[i].text);
		if (!label) continue;
		const office = postOf(label[1], label[2]);
		let previous: string | undefined;
		// The label's own line, then the lines its arrows were split into.
		for (let k = i; k < Math.min(doc.sentences.length, i + 6); k++) {
			const s = doc.sentences[k];
			if (s.sectionIndex !== doc.sentences[i].sectionIndex) break;
			const text = k === i ? s.text.slice(label[0].length) : s.text;
			const offset = k === i ? label[0].length : 0;
			const holders = [...text.matchAll(HOLDER)];
			// A later line that is not a holder with dates ends the list.
			if (
				k > i &&
				(holders.length === 0 || (holders[0].index! > 2 && !/^\s*(?:…|sacked|dismissed)/.test(text)))
			)
				break;
			for (const m of holders) {
				const name = m[2];
				const key = personKey(name, known, antecedents[k] ?? {}, s.text, offset + m.index!);
				if (!key || (!plausibleName(name) && !known.people.has(key))) continue;
				const at = offset + m.index! + m[0].length;
				const date = perSentence[k].found.find((d) => d.index >= at && d.index < at + 4);
				if (!date) continue;
				const value: DateValue = placeDate(doc, s, date);
				const start = value.end ? { ...value, end: undefined } : value;
				const end = value.end ? { ...value, start: value.end, end: undefined } : undefined;
				const person = registered(key, name, known);
				facts.push({
					kind: 'office',
					sentence: s,
					importance: 0.7,
					person,
					office,
					how: m[1] && previous ? 'replaced' : 'held',
					start,
					...(end ? { end } : {}),
					...(m[1] && previous ? { predecessor: previous } : {})
				});
				previous = person;
			}
		}
	}
	return facts;
}
