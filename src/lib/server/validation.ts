import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import en from 'zod/v4/locales/en.js';
import es from 'zod/v4/locales/es.js';
import sv from 'zod/v4/locales/sv.js';
import { AppError, type FieldErrors } from './errors';

const zodLocales = { sv: sv(), en: en(), es: es() };

// Zod's own messages follow the request's language (Paraglide keeps it per request).
z.config({
	localeError: (issue) => zodLocales[getLocale()].localeError(issue)
});

/** Issues as `{ "field.path": "message" }`, first message per field. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path.length ? issue.path.join('.') : '_form';
		errors[key] ??= issue.message;
	}
	return errors;
}

/** Parses input with a use case's schema, or throws AppError('invalid') with every field's message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (!result.success) throw AppError.invalid(toFieldErrors(result.error.issues));
	return result.data;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** An optional form field: an empty input means "not given". */
export function optional<S extends z.ZodType>(schema: S) {
	return z.preprocess(blankToUndefined, schema.optional());
}

/** A whole number in a range, typed in a form or a query string; blank means the default. */
export function wholeNumber({ min, max, fallback }: { min: number; max: number; fallback: number }) {
	const message = () => m.validation_whole_number({ min, max });
	return z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int().min(min).max(max).default(fallback));
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
