import { z } from 'zod';
import { currencyCodes, minorUnitsOf, type CurrencyCode } from '$lib/currencies';
import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// Money as typed in a form: an amount and a currency. The amount is read from its text with regular
// expressions and kept as whole minor units (a bigint) and a canonical decimal string, never as a
// binary float: 0.1 + 0.2 must not cost anyone an öre.

const SPACES = /[\s\u00a0\u202f']/g;
// "1234", "1234,5", "1234.50": one mark, read as the decimal mark.
const PLAIN = /^(\d+)(?:[.,](\d+))?$/;
// "1,234,567.89" (English grouping) and "1.234.567,89" (Spanish grouping): the last kind of mark is decimal.
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const POINT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;

export type Money = {
	/** Whole minor units (öre, cents): what is stored. */
	minor: bigint;
	/** The amount as a canonical decimal string with the currency's decimals ("1234.50"). */
	amount: string;
	currency: CurrencyCode;
};

/**
 * The digits of an amount: its whole part and its decimals, or null when the text is not an amount.
 * "1,234" is 1234 (a group of three after one comma), "1,23" is 1.23: decimals have at most two digits
 * in every currency we offer, so a group of three is never read as decimals.
 */
export function readAmount(text: string): { whole: string; fraction: string } | null {
	const compact = text.replace(SPACES, '');
	const grouped = COMMA_GROUPED.exec(compact) ?? POINT_GROUPED.exec(compact);
	if (grouped) return { whole: grouped[1]!.replace(/[.,]/g, ''), fraction: grouped[2] ?? '' };
	const plain = PLAIN.exec(compact);
	return plain ? { whole: plain[1]!, fraction: plain[2] ?? '' } : null;
}

/** Whole minor units of an amount in a currency, or null when it has more decimals than the currency. */
export function toMinorUnits(text: string, currency: CurrencyCode): bigint | null {
	const read = readAmount(text);
	const decimals = minorUnitsOf(currency);
	if (!read || read.fraction.length > decimals) return null;
	return BigInt(read.whole + read.fraction.padEnd(decimals, '0'));
}

/** Minor units as a canonical decimal string: 123450n SEK → "1234.50". */
export function minorToAmount(minor: bigint, currency: CurrencyCode): string {
	const decimals = minorUnitsOf(currency);
	if (decimals === 0) return minor.toString();
	const digits = minor.toString().padStart(decimals + 1, '0');
	return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

const example = () => formatNumber(1234.5, getLocale(), { minimumFractionDigits: 2 });

/**
 * An amount and a currency from a form (`<name>.amount`, `<name>.currency`, see formInput) or the API,
 * as Money. `max` is in whole currency units. Errors sit at `amount` and `currency`, in the reader's
 * language; an amount is never negative.
 */
export function moneyInput({ max = 1_000_000_000_000 }: { max?: number } = {}) {
	return z
		.object({
			amount: z.string({ error: () => m.validation_money_amount({ example: example() }) }).trim(),
			currency: z.enum(currencyCodes, { error: () => m.validation_money_currency() })
		})
		.transform((value, ctx): Money => {
			const minor = toMinorUnits(value.amount, value.currency);
			if (minor === null) {
				ctx.addIssue({ code: 'custom', path: ['amount'], message: m.validation_money_amount({ example: example() }) });
				return z.NEVER;
			}
			if (minor > BigInt(max) * 10n ** BigInt(minorUnitsOf(value.currency))) {
				ctx.addIssue({
					code: 'custom',
					path: ['amount'],
					message: m.validation_money_too_large({ max: formatNumber(max, getLocale()) })
				});
				return z.NEVER;
			}
			return { minor, amount: minorToAmount(minor, value.currency), currency: value.currency };
		});
}
