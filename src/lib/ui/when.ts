/** "in 8 minutes", "tomorrow at 09:30", "on 3 March": when something next happens, in plain words. */
export function describeWhen(at: number, now: number, locale?: string): string {
	const diff = at - now;
	const minute = 60_000;
	if (diff < minute) return 'now';
	const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	if (diff < 60 * minute) return rtf.format(Math.round(diff / minute), 'minute');
	const time = new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
	const startOfDay = (t: number) => new Date(new Date(t).toDateString()).getTime();
	const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
	if (days === 0) return `today at ${time}`;
	if (days === 1) return `tomorrow at ${time}`;
	if (days < 7) return `${rtf.format(days, 'day')}`;
	return `on ${new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: days > 300 ? 'numeric' : undefined })}`;
}
