import type { Locale } from '$lib/i18n/locales';

// The currencies a money field offers (ISO 4217): the programme's countries' and the ones grants are
// paid in. Data, not code: add a row to offer one more. `minorUnits` is how many decimals the currency
// has; amounts are kept as whole minor units (öre, cents) so that no binary float ever holds money.
export const currencies = [
	{ code: 'SEK', minorUnits: 2 },
	{ code: 'EUR', minorUnits: 2 },
	{ code: 'USD', minorUnits: 2 },
	{ code: 'ZAR', minorUnits: 2 },
	{ code: 'BWP', minorUnits: 2 },
	{ code: 'ZMW', minorUnits: 2 },
	{ code: 'TZS', minorUnits: 2 },
	{ code: 'KES', minorUnits: 2 },
	{ code: 'UGX', minorUnits: 0 },
	{ code: 'COP', minorUnits: 2 },
	{ code: 'GTQ', minorUnits: 2 },
	{ code: 'MDL', minorUnits: 2 },
	{ code: 'UAH', minorUnits: 2 },
	{ code: 'GEL', minorUnits: 2 }
] as const satisfies readonly { code: string; minorUnits: number }[];

export type CurrencyCode = (typeof currencies)[number]['code'];

export const currencyCodes = currencies.map((c) => c.code) as [CurrencyCode, ...CurrencyCode[]];

export function isCurrencyCode(code: string): code is CurrencyCode {
	return (currencyCodes as readonly string[]).includes(code);
}

export function minorUnitsOf(code: CurrencyCode): number {
	return currencies.find((c) => c.code === code)!.minorUnits;
}

/** "SEK – svensk krona": the options of a currency select, in the reader's language. */
export function currencyOptions(locale: Locale): { value: CurrencyCode; label: string }[] {
	const names = new Intl.DisplayNames(locale, { type: 'currency' });
	return currencies.map(({ code }) => ({ value: code, label: `${code} – ${names.of(code) ?? code}` }));
}
