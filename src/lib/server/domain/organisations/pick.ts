import { and, asc, inArray, sql, type SQL } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canSeeStaffPages } from '../accounts/policy';
import { containsPattern, foldedName } from './search';

// Picking organisations in a form by typing part of the name (the kit's Picker): at most a page of
// matches, by name, ignoring case and accents (search.ts), instead of a select listing all 2,000.

/** How many matches a picker shows: enough to choose from, few enough to read. */
export const PICK_LIMIT = 20;
/** Longer text is cut: no name is this long, and the LIKE pattern stays small. */
const MAX_QUERY = 100;

export type PickedOrganisation = { id: string; name: string; kind: string; countryCode: string };
export type PickResult = { items: PickedOrganisation[]; more: boolean };

/**
 * Organisations whose name contains `q` (all when blank), by name, at most `limit`, and whether there
 * are more. `where` narrows the choice (executor kinds, not yet a party). No access check: callers do.
 */
export async function matchingOrganisations(q: string, where?: SQL, limit = PICK_LIMIT): Promise<PickResult> {
	const text = q.trim().slice(0, MAX_QUERY);
	const rows = await db()
		.select({
			id: organisations.id,
			name: organisations.name,
			kind: organisations.kind,
			countryCode: organisations.countryCode
		})
		.from(organisations)
		.where(and(text ? sql`${foldedName} like ${containsPattern(text)}` : undefined, where))
		.orderBy(asc(organisations.name), asc(organisations.id))
		.limit(limit + 1);
	return { items: rows.slice(0, limit), more: rows.length > limit };
}

/** Staff pick any organisation (the parties of a new partnership). Anyone else: 404. */
export async function pickOrganisations(actor: Actor, q: string): Promise<PickResult> {
	if (!canSeeStaffPages(actor)) throw AppError.notFound(m.api_error_not_found());
	return matchingOrganisations(q);
}

/** The organisations with these ids (what a form chose), to show them by name again. */
export async function organisationsByIds(ids: readonly string[]): Promise<PickedOrganisation[]> {
	// Ids come from a form: anything but a uuid would make PostgreSQL refuse the query.
	const valid = ids.filter(isUuid);
	if (valid.length === 0) return [];
	return db()
		.select({
			id: organisations.id,
			name: organisations.name,
			kind: organisations.kind,
			countryCode: organisations.countryCode
		})
		.from(organisations)
		.where(inArray(organisations.id, valid));
}
