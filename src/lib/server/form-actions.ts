import { error, fail } from '@sveltejs/kit';
import { asAppError, isAppError } from './errors';

/** Text fields of a submitted form, for a use case's schema; files and absent fields are left out. */
export function formFields(data: FormData): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of data) if (typeof value === 'string') fields[key] = value;
	return fields;
}

/**
 * A submitted form as a use case's input: dotted names nest (`title.sv` → `{ title: { sv } }`, as in
 * TranslatedField), names listed in `arrays` collect every value (checkboxes, multi-selects), and a
 * checkbox listed in `booleans` is true when sent. Field errors come back under the same dotted names.
 */
export function formInput(
	data: FormData,
	{ arrays = [], booleans = [] }: { arrays?: readonly string[]; booleans?: readonly string[] } = {}
): Record<string, unknown> {
	const input: Record<string, unknown> = {};
	for (const name of arrays) input[name] = data.getAll(name).filter((v) => typeof v === 'string');
	for (const name of booleans) input[name] = data.has(name);
	for (const [key, value] of data) {
		if (typeof value !== 'string' || arrays.includes(key) || booleans.includes(key)) continue;
		const path = key.split('.');
		let target = input;
		for (const part of path.slice(0, -1)) {
			if (typeof target[part] !== 'object' || target[part] === null) target[part] = {};
			target = target[part] as Record<string, unknown>;
		}
		target[path.at(-1)!] = value;
	}
	return input;
}

/**
 * An AppError (or a lost race, errors.ts `asAppError`) as a form failure: every field's message, or the
 * error's own message as `_form`, with the values to put back and anything `extra` the page shows beside
 * them. Anything else is a real failure and is thrown on.
 */
export function failWith<V extends Record<string, unknown>, E extends Record<string, unknown> = Record<never, never>>(
	thrown: unknown,
	values: V,
	extra?: E
) {
	const error = asAppError(thrown);
	if (!isAppError(error)) throw thrown;
	const errors: Record<string, string> =
		Object.keys(error.fieldErrors).length > 0 ? { ...error.fieldErrors } : { _form: error.message };
	return fail(error.status, { errors, values, ...(extra as E) });
}

/**
 * For page loads: runs a read, and turns an AppError into SvelteKit's error page with the same status
 * (404 for what the reader may not see). Anything else is thrown on.
 */
export async function orErrorPage<T>(read: Promise<T>): Promise<T> {
	try {
		return await read;
	} catch (e) {
		if (isAppError(e)) error(e.status, e.message);
		throw e;
	}
}
