import { fail } from '@sveltejs/kit';
import { isAppError } from './errors';

/** Text fields of a submitted form, for a use case's schema; files and absent fields are left out. */
export function formFields(data: FormData): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of data) if (typeof value === 'string') fields[key] = value;
	return fields;
}

/**
 * An AppError as a form failure: every field's message, or the error's own message as `_form`, with
 * the values to put back. Anything else is a real failure and is thrown on.
 */
export function failWith<V extends Record<string, string>>(error: unknown, values: V) {
	if (!isAppError(error)) throw error;
	const errors: Record<string, string> =
		Object.keys(error.fieldErrors).length > 0 ? { ...error.fieldErrors } : { _form: error.message };
	return fail(error.status, { errors, values });
}
