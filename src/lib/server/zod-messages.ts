import { z } from 'zod';
import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// Zod's own messages ("Invalid UUID", "förväntat string, fick undefined") must never reach a person:
// every schema field says what it wants in our words, and whatever a schema leaves to zod gets one
// of these generic messages, in the request's language. A message given in a schema wins over these.

const count = (n: number | bigint) => formatNumber(Number(n), getLocale());

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
	if (issue.origin === 'string') return m.validation_too_long({ max: count(issue.maximum) });
	if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
		return m.validation_number_at_most({ max: count(issue.maximum) });
	if (issue.origin === 'array' || issue.origin === 'set') return m.validation_too_many({ max: count(issue.maximum) });
	return m.validation_invalid();
}

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string {
	if (issue.origin === 'string')
		return Number(issue.minimum) <= 1 ? m.validation_required() : m.validation_too_short({ min: count(issue.minimum) });
	if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
		return m.validation_number_at_least({ min: count(issue.minimum) });
	if (issue.origin === 'array' || issue.origin === 'set') return m.validation_too_few({ min: count(issue.minimum) });
	return m.validation_invalid();
}

function wrongType(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidType>): string {
	// A whole body that is not an object only comes from an API client.
	if (!issue.path?.length && issue.expected === 'object') return m.validation_json_object();
	if (issue.input === undefined || issue.input === null) return m.validation_required();
	switch (issue.expected) {
		case 'string':
			return m.validation_text();
		case 'int':
		case 'bigint':
			return m.validation_whole_number_example({ example: formatNumber(97_000, getLocale()) });
		case 'number':
		case 'nan':
			return m.validation_number({ example: formatNumber(1234.5, getLocale()) });
		case 'boolean':
			return m.validation_yes_no();
		default:
			return m.validation_invalid();
	}
}

function wrongFormat(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
	switch (issue.format) {
		// Ids only ever come from a list people choose from.
		case 'uuid':
		case 'guid':
			return m.validation_choose();
		case 'email':
			return m.validation_email();
		case 'url':
			return m.validation_url();
		case 'date':
		case 'datetime':
			return m.validation_date();
		default:
			return m.validation_invalid();
	}
}

/** Our message for an issue that its schema left without one. */
export function ourMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return wrongType(issue);
		case 'invalid_value':
			return m.validation_choose();
		case 'too_big':
			return tooBig(issue);
		case 'too_small':
			return tooSmall(issue);
		case 'invalid_format':
			return wrongFormat(issue);
		default:
			return m.validation_invalid();
	}
}

z.config({ customError: ourMessage });
