import { and, eq, isNotNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { calls, programmeCountries, themes } from '$lib/server/db/schema';
import { AppError, type FieldErrors } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { ExpressionData } from './schemas';

// What saving a draft, submitting and a visitor's answer share: reading the call and checking the
// answer's choices against it.

export type AnsweredCall = typeof calls.$inferSelect & { countryCodes: string[] };

/** A published call with its programme's cooperation countries; 404 for anything else. */
export async function publishedCall(tx: Executor, where: { id: string } | { slug: string }): Promise<AnsweredCall> {
	if ('id' in where && !isUuid(where.id)) throw AppError.notFound();
	const [call] = await tx
		.select()
		.from(calls)
		.where(and('id' in where ? eq(calls.id, where.id) : eq(calls.slug, where.slug), isNotNull(calls.publishedAt)));
	if (!call) throw AppError.notFound();
	const countries = await tx
		.select({ code: programmeCountries.countryCode })
		.from(programmeCountries)
		.where(eq(programmeCountries.programmeId, call.programmeId));
	return { ...call, countryCodes: countries.map((c) => c.code) };
}

/**
 * The theme must exist and the preferred countries must be among the programme's cooperation
 * countries; working languages are kept once each.
 */
export async function checkChoices(tx: Executor, call: AnsweredCall, data: ExpressionData) {
	const errors: FieldErrors = {};
	if (data.themeId) {
		const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, data.themeId));
		if (!theme) errors['themeId'] = m.validation_unknown_choice();
	}
	const preferred = [...new Set(data.preferredCountryCodes)];
	if (preferred.some((code) => !call.countryCodes.includes(code)))
		errors['preferredCountryCodes'] = m.expressions_error_country_not_cooperation();
	if (Object.keys(errors).length > 0) throw AppError.invalid(errors);
	return { preferredCountryCodes: preferred, languages: [...new Set(data.languages)] };
}

/** Whether the challenge text differs: matchmaking then reads it again (concepts are recomputed). */
export function challengeChanged(before: Partial<Record<string, string>>, after: Partial<Record<string, string>>) {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...keys].some((key) => (before[key] ?? '') !== (after[key] ?? ''));
}
