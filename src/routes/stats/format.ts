/** Short, plain formats for the statistics screen; null (nothing to count) shows as an em dash. */
export function percent(rate: number | null, digits = 0): string {
	return rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

export function shortDay(start: number): string {
	return new Date(start).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

export function minutes(ms: number): string {
	const m = ms / 60_000;
	if (m < 1) return ms > 0 ? '<1 min' : '0 min';
	if (m < 60) return `${Math.round(m)} min`;
	return `${Math.floor(m / 60)} h ${Math.round(m % 60)} min`;
}

export const KIND_LABELS: Record<string, string> = { date: 'Dates', office: 'Offices', thesis: 'Theses' };
