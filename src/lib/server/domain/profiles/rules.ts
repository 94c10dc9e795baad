import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Executor } from '$lib/server/db/client';
import { calls, organisations, programmeCountries, themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { openCallProblem } from '../calls/state';
import { countryName, SWEDEN } from '../countries/names';

// The rules a profile's call and organisation must meet, shared by creating, editing and publishing.

type Call = typeof calls.$inferSelect;

/**
 * The call a profile belongs to, checked: a published partner-search call (unknown or unpublished: 404
 * for all but staff), and, except for staff, one that takes answers now. `field` names the form field
 * a problem is shown on when the call was chosen in the form; otherwise it is a conflict.
 */
export async function profileCall(
	tx: Executor,
	actor: Actor,
	callId: string,
	{ field, now = new Date() }: { field?: 'callId'; now?: Date } = {}
): Promise<Call> {
	const [call] = await tx.select().from(calls).where(eq(calls.id, callId));
	if (!call || (!call.publishedAt && !actor.isStaff)) throw AppError.notFound();
	const refuse = (message: string) =>
		field ? AppError.invalid({ [field]: message }) : new AppError('conflict', message);
	if (call.kind !== 'partner_search') throw refuse(m.profiles_error_not_partner_search());
	if (!call.publishedAt) throw refuse(m.profiles_error_call_unpublished());
	// Staff may still put a profile right after the call has closed (a late correction).
	const problem = actor.isStaff ? null : openCallProblem(call, now);
	if (problem) throw refuse(problem);
	return call;
}

/**
 * The organisation a profile speaks for, checked: not Swedish (profiles seek a Swedish partner) and in
 * one of the programme's cooperation countries. Field errors on `organisationId`.
 */
export async function profileOrganisation(tx: Executor, organisationId: string, programmeId: string) {
	const [organisation] = await tx
		.select({
			id: organisations.id,
			name: organisations.name,
			countryCode: organisations.countryCode,
			population: organisations.population
		})
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	if (!organisation) throw AppError.invalid({ organisationId: m.validation_unknown_choice() });
	if (organisation.countryCode === SWEDEN)
		throw AppError.invalid({ organisationId: m.profiles_error_swedish_organisation() });
	const countries = await tx
		.select({ code: programmeCountries.countryCode })
		.from(programmeCountries)
		.where(eq(programmeCountries.programmeId, programmeId));
	if (!countries.some((c) => c.code === organisation.countryCode))
		throw AppError.invalid({
			organisationId: m.profiles_error_country_outside_programme({
				country: countryName(organisation.countryCode, getLocale())
			})
		});
	return organisation;
}

/** The theme must exist (field error `themeId`). */
export async function checkTheme(tx: Executor, themeId: string): Promise<void> {
	const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, themeId));
	if (!theme) throw AppError.invalid({ themeId: m.validation_unknown_choice() });
}

/** True for the database's refusal of a second profile of one organisation in one call. */
export function isDuplicateProfile(error: unknown): boolean {
	for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const { code, constraint, constraint_name, message } = e as Record<string, unknown>;
		if (code !== '23505') continue;
		const name = constraint ?? constraint_name;
		return (
			name === 'partner_profiles_call_organisation' || String(message).includes('partner_profiles_call_organisation')
		);
	}
	return false;
}
