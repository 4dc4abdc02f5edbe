import type { CardKind } from '../cards/types';

/** The names students see for card kinds (filter chips, card labels). */
export const KIND_LABELS: Record<CardKind, { one: string; many: string }> = {
	date: { one: 'Date', many: 'Dates' },
	office: { one: 'Office', many: 'Offices' },
	thesis: { one: 'Thesis', many: 'Theses' }
};

export function isCardKind(value: string | null): value is CardKind {
	return value === 'date' || value === 'office' || value === 'thesis';
}
