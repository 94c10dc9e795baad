import { z } from 'zod';
import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { AppError, type FieldErrors } from './errors';
import { parseNumber } from './numbers';
// Our own messages for whatever a schema leaves to zod, in the request's language.
import './zod-messages';

/** Issues as `{ "field.path": "message" }`, first message per field. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path.length ? issue.path.join('.') : '_form';
		errors[key] ??= issue.message;
	}
	return errors;
}

/**
 * Parses input with a use case's schema, or throws AppError('invalid') with every field's message.
 * Before any schema, the one rule for all text (unreadableText): a field holding a NUL or half an
 * emoji is refused at its own path, whatever its schema, since PostgreSQL would refuse it with a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const unreadable = unreadableText(input);
	const result = schema.safeParse(input);
	if (!result.success || unreadable.length > 0) {
		const errors = result.success ? {} : toFieldErrors(result.error.issues);
		for (const path of unreadable) errors[path || '_form'] = m.validation_unreadable_text();
		throw AppError.invalid(errors);
	}
	return result.data;
}

/**
 * True for text PostgreSQL can store: no NUL (text and jsonb refuse it) and no lone UTF-16 surrogate
 * (jsonb refuses its escape; text would silently turn it into U+FFFD).
 */
export function isStorableText(text: string): boolean {
	return !text.includes('\0') && text.isWellFormed();
}

/**
 * The dotted paths (`title.sv`, `parties.1.name`) of every string in an input, keys included, that is
 * not storable text. Walks without recursion: a deeply nested JSON body must not overflow the stack.
 */
export function unreadableText(input: unknown): string[] {
	const paths: string[] = [];
	const pending: [unknown, string][] = [[input, '']];
	const at = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key));
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [value, path] = next;
		if (typeof value === 'string') {
			if (!isStorableText(value)) paths.push(path);
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => pending.push([item, at(path, index)]));
		} else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
			for (const [key, item] of Object.entries(value)) {
				// A bad key is named by where it sits: the key itself cannot be shown.
				if (!isStorableText(key)) paths.push(path);
				else pending.push([item, at(path, key)]);
			}
		}
	}
	return [...new Set(paths)];
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** An optional form field: an empty input means "not given". */
export function optional<S extends z.ZodType>(schema: S) {
	return z.preprocess(blankToUndefined, schema.optional());
}

type NumberRule = { whole?: boolean; min?: number; max?: number; error: () => string };

/**
 * A number as the reader writes it in a form ("97 000", "1 234,5" in Swedish; see parseNumber) or a JSON
 * number from the API, whole when `whole`, within `min`–`max`. Every failure says `error`, but for a
 * point that could mark thousands or decimals and fits the range either way, which shows both readings.
 * Wrap it in `optional` for a field that may be left blank.
 */
export function localNumber(rule: NumberRule) {
	return z.preprocess(readNumber(rule), numberIn(rule));
}

function numberIn({ whole = false, min, max, error }: NumberRule) {
	let number = z.number({ error });
	if (whole) number = number.int({ error });
	if (min !== undefined) number = number.min(min, { error });
	if (max !== undefined) number = number.max(max, { error });
	return number;
}

/** Turns a string into the number it says, in the request's language; anything else goes on to be checked. */
function readNumber({ whole = false, min, max, error }: NumberRule) {
	const inRange = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
	return (value: unknown, ctx: z.core.$RefinementCtx) => {
		if (typeof value !== 'string') return value;
		const parsed = parseNumber(value, getLocale(), { whole });
		// A mark that may separate thousands or decimals: the field's range often tells (a latitude of "57.782").
		if (parsed.ok)
			return !inRange(parsed.value) && parsed.alternative !== undefined && inRange(parsed.alternative)
				? parsed.alternative
				: parsed.value;
		if (parsed.reason !== 'ambiguous') {
			ctx.addIssue({ code: 'custom', input: value, message: error() });
			return value;
		}
		const fitting = parsed.readings.filter(inRange);
		if (fitting.length === 1) return fitting[0];
		ctx.addIssue({ code: 'custom', input: value, message: ambiguous(parsed.readings) });
		return value;
	};
}

function ambiguous([thousands, decimals]: [number, number]): string {
	const locale = getLocale();
	return m.validation_number_ambiguous({
		thousands: formatNumber(thousands, locale),
		decimals: formatNumber(decimals, locale, { maximumFractionDigits: 20 })
	});
}

/** "97 000", "97,000" or "97.000": the example a message about a whole number gives, in the reader's way. */
export function wholeExample(): string {
	return formatNumber(97_000, getLocale());
}

/** A whole number in a range, typed in a form or a query string; blank means the default. */
export function wholeNumber({ min, max, fallback }: { min: number; max: number; fallback: number }) {
	const rule = { whole: true, min, max, error: () => m.validation_whole_number({ min, max }) };
	const read = readNumber(rule);
	// One preprocess before the number, as the OpenAPI document reads it: an integer with its range and default.
	return z.preprocess(
		(value, ctx) => (blankToUndefined(value) === undefined ? undefined : read(value, ctx)),
		numberIn(rule).default(fallback)
	);
}

/** A population: a positive whole number ("97 000"). */
export function population() {
	return localNumber({
		whole: true,
		min: 1,
		max: 2_000_000_000,
		error: () => m.validation_population({ example: wholeExample() })
	});
}

function cleanedText(max: number) {
	const one = optional(z.string().trim().max(max));
	return z
		.object({ sv: one, en: one, es: one })
		.transform(
			(value) =>
				Object.fromEntries(Object.entries(value).filter(([, text]) => text !== undefined)) as Partial<
					Record<'sv' | 'en' | 'es', string>
				>
		);
}

const requiredText = (max: number) =>
	cleanedText(max).refine((value) => Object.keys(value).length > 0, {
		error: () => m.validation_translated_required()
	});
const optionalText = (max: number) => cleanedText(max).default({});

/**
 * A text people write in up to three languages; `required` wants at least one of them.
 * Overloads keep each variant's own type, so an optional text may be left out of an input object.
 */
export function translatedText(options: { max: number; required: true }): ReturnType<typeof requiredText>;
export function translatedText(options: { max: number; required?: false }): ReturnType<typeof optionalText>;
export function translatedText({ max, required = false }: { max: number; required?: boolean }) {
	return required ? requiredText(max) : optionalText(max);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID: ids from URLs are checked before they reach a uuid column, which would fail on them. */
export function isUuid(value: string | null | undefined): value is string {
	return typeof value === 'string' && uuidPattern.test(value);
}
