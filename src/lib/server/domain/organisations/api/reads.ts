import { m } from '$lib/paraglide/messages';
import { AppError } from '$lib/server/errors';
import { patchFields } from '$lib/server/api/patch';
import type { Actor } from '../../accounts/actor';
import { canAdministerProgramme } from '../../accounts/policy';
import { toPartnership } from '../../partnerships/api/reads';
import { createOrganisation } from '../create-organisation';
import { getOrganisationById, getOrganisationBySlug } from '../queries';
import type { OrganisationInput } from '../schemas';
import { updateOrganisation } from '../update-organisation';
import type { AdminOrganisationDocument, OrganisationDocument } from './schemas';

// The organisation endpoints' answers: the public profile by slug, and the staff record, ids included.

/** GET /api/v1/organisations/{slug}; an unknown slug throws AppError('not_found'). */
export async function readOrganisation(slug: string): Promise<OrganisationDocument> {
	const found = await getOrganisationBySlug(slug);
	if (!found) throw AppError.notFound(m.api_error_organisation_not_found());
	return {
		data: { ...organisationFields(found.organisation), partnerships: found.partnerships.map(toPartnership) }
	};
}

type Organisation = NonNullable<Awaited<ReturnType<typeof getOrganisationById>>>;

/** What every answer says about an organisation (schemas.ts), and nothing more: ids and timestamps stay inside. */
function organisationFields(o: Organisation) {
	const { slug, name, kind, countryCode, subdivision, population, latitude, longitude, description } = o;
	return { slug, name, kind, countryCode, subdivision, population, latitude, longitude, description };
}

function organisationDocument(o: Organisation): AdminOrganisationDocument {
	return { data: { id: o.id, ...organisationFields(o), website: o.website } };
}

/** POST /api/v1/organisations */
export async function apiCreateOrganisation(actor: Actor, body: unknown) {
	return organisationDocument(await createOrganisation(actor, body as OrganisationInput));
}

/** PATCH /api/v1/organisations/{slug}: by slug or id; the fields the body names change, `null` empties one. */
export async function apiUpdateOrganisation(actor: Actor, slugOrId: string, body: unknown) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const current =
		(await getOrganisationById(slugOrId)) ?? (await getOrganisationBySlug(slugOrId))?.organisation ?? null;
	if (!current) throw AppError.notFound(m.api_error_organisation_not_found());
	const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, ...fields } = current;
	const merged = Object.fromEntries(
		Object.entries({ ...fields, ...patchFields(body) }).map(([key, value]) => [key, value ?? undefined])
	);
	return organisationDocument(await updateOrganisation(actor, current.id, merged as OrganisationInput));
}
