import { m } from '$lib/paraglide/messages';
import { AppError } from '../errors';
import type { Actor } from '../domain/accounts/actor';
import { canAdministerProgramme } from '../domain/accounts/policy';
import { createNetwork } from '../domain/networks/create-network';
import { getNetworkById } from '../domain/networks/queries';
import type { NetworkInput } from '../domain/networks/schemas';
import { updateNetwork } from '../domain/networks/update-network';
import { createOrganisation } from '../domain/organisations/create-organisation';
import { getOrganisationById, getOrganisationBySlug } from '../domain/organisations/queries';
import type { OrganisationInput } from '../domain/organisations/schemas';
import { updateOrganisation } from '../domain/organisations/update-organisation';
import type { AdminNetworkDocument, AdminOrganisationDocument } from './schemas-admin';

// The staff endpoints for organisations and networks: PATCH changes the fields the body names and keeps the rest.

type Organisation = NonNullable<Awaited<ReturnType<typeof getOrganisationById>>>;

function organisationDocument(o: Organisation): AdminOrganisationDocument {
	return {
		data: {
			id: o.id,
			slug: o.slug,
			name: o.name,
			kind: o.kind,
			countryCode: o.countryCode,
			subdivision: o.subdivision,
			population: o.population,
			latitude: o.latitude,
			longitude: o.longitude,
			website: o.website,
			description: o.description
		}
	};
}

const asObject = (body: unknown): Record<string, unknown> =>
	typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/** POST /api/v1/organisations */
export async function apiCreateOrganisation(actor: Actor, body: unknown) {
	return organisationDocument(await createOrganisation(actor, body as OrganisationInput));
}

/** PATCH /api/v1/organisations/{slug}: by slug or id; `null` empties an optional field. */
export async function apiUpdateOrganisation(actor: Actor, slugOrId: string, body: unknown) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const current =
		(await getOrganisationById(slugOrId)) ?? (await getOrganisationBySlug(slugOrId))?.organisation ?? null;
	if (!current) throw AppError.notFound(m.api_error_organisation_not_found());
	const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, ...fields } = current;
	const merged = Object.fromEntries(
		Object.entries({ ...fields, ...asObject(body) }).map(([key, value]) => [key, value ?? undefined])
	);
	return organisationDocument(await updateOrganisation(actor, current.id, merged as OrganisationInput));
}

async function networkDocument(id: string): Promise<AdminNetworkDocument> {
	const network = await getNetworkById(id);
	if (!network) throw AppError.notFound();
	const { experts: _experts, ...data } = network;
	return { data };
}

/** POST /api/v1/networks */
export async function apiCreateNetwork(actor: Actor, body: unknown) {
	return networkDocument((await createNetwork(actor, body as NetworkInput)).id);
}

/** PATCH /api/v1/networks/{id} */
export async function apiUpdateNetwork(actor: Actor, id: string, body: unknown) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const current = await getNetworkById(id);
	if (!current) throw AppError.notFound();
	const { id: _id, experts: _experts, ...fields } = current;
	await updateNetwork(actor, id, { ...fields, ...asObject(body) } as NetworkInput);
	return networkDocument(id);
}
