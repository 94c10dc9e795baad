import type { Locale } from '$lib/i18n/locales';

/**
 * A number as people write it in the reader's language: "97 000" (with a space, a no-break space or a
 * narrow no-break space, as the site itself prints it), "1 234,5" in Swedish and Spanish, "1,234.5" in
 * English, "97.000" in Spanish. A single point or comma before three digits may separate thousands or
 * decimals: the language decides (`alternative` is the other reading), except for a point in Swedish,
 * which is `ambiguous` with both readings. In a whole-number field it always separates thousands.
 */
export type ParsedNumber =
	| { ok: true; value: number; alternative?: number }
	| { ok: false; reason: 'invalid' | 'not_whole' }
	/** The point as thousands, then as decimals. */
	| { ok: false; reason: 'ambiguous'; readings: [number, number] };

/** Each language's own signs; Swedish groups only with spaces. */
const signs: Record<Locale, { decimal: string; group?: string }> = {
	sv: { decimal: ',' },
	en: { decimal: '.', group: ',' },
	es: { decimal: ',', group: '.' }
};

const invalid = { ok: false, reason: 'invalid' } as const;

export function parseNumber(text: string, locale: Locale, { whole = false }: { whole?: boolean } = {}): ParsedNumber {
	// Any run of spaces (U+0020, U+00A0, U+202F, U+2009…) is one thousands separator: copied figures keep theirs.
	const trimmed = text.trim().replace(/\s+/gu, ' ');
	// Intl writes minus as U+2212 in Swedish; people type a hyphen.
	const sign = /^[-+\u2212]/.exec(trimmed)?.[0];
	let body = sign ? trimmed.slice(1) : trimmed;
	if (body.startsWith(',') || body.startsWith('.')) body = `0${body}`;
	if (!/^\d[\d ,.]*$/.test(body) || !/\d$/.test(body)) return invalid;
	const negative = sign === '-' || sign === '\u2212';

	const points = body.split('.').length - 1;
	const commas = body.split(',').length - 1;
	const mark = points > 0 ? '.' : ',';
	const once = points + commas === 1;
	// "97.000", "1 234,567": the one mark could group thousands as well as separate decimals.
	if (once && /[.,]\d{3}$/.test(body) && groupedDigits(body) !== null) {
		const asThousands = read(negative, body, undefined)!;
		const asDecimals = read(negative, body, mark)!;
		if (whole) return { ok: true, value: asThousands };
		if (mark === signs[locale].decimal) return { ok: true, value: asDecimals, alternative: asThousands };
		if (mark === signs[locale].group) return { ok: true, value: asThousands, alternative: asDecimals };
		return { ok: false, reason: 'ambiguous', readings: [asThousands, asDecimals] };
	}

	// Both signs: the last separates decimals and may appear once. One sign several times groups thousands.
	let decimal: string | undefined;
	if (points > 0 && commas > 0) {
		decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
		if ((decimal === '.' ? points : commas) > 1) return invalid;
	} else if (once) decimal = mark;

	const value = read(negative, body, decimal);
	if (value === null) return invalid;
	if (whole && !Number.isInteger(value)) return { ok: false, reason: 'not_whole' };
	return { ok: true, value };
}

/** The number `body` says when `decimal` (if any) separates its decimals; null if it is not one. */
function read(negative: boolean, body: string, decimal: string | undefined): number | null {
	const cut = decimal ? body.lastIndexOf(decimal) : -1;
	const digits = groupedDigits(cut < 0 ? body : body.slice(0, cut));
	const fraction = cut < 0 ? '' : body.slice(cut + 1);
	if (digits === null || (cut >= 0 && !/^\d+$/.test(fraction))) return null;
	const value = Number(`${digits}${fraction ? `.${fraction}` : ''}`);
	if (!Number.isFinite(value)) return null;
	return negative && value !== 0 ? -value : value;
}

/** The digits of an integer part, whose groups of three may be set apart by spaces, points or commas. */
function groupedDigits(integer: string): string | null {
	const groups = integer.split(/[ .,]/);
	if (groups.length === 1) return /^\d+$/.test(integer) ? integer : null;
	const [first, ...rest] = groups;
	if (!/^\d{1,3}$/.test(first!) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
	return groups.join('');
}
