import { m } from '$lib/paraglide/messages';
import { listNetworks } from '../domain/networks/queries';
import { getOrganisationBySlug } from '../domain/organisations/queries';
import { listPartnerships, type PartnershipListItem } from '../domain/partnerships/queries';
import { partnershipListQuery } from '../domain/partnerships/schemas';
import { AppError } from '../errors';
import { parseInput } from '../validation';
import type { NetworkList, OrganisationDocument, Partnership, PartnershipPage } from './schemas';

// What each /api/v1 read answers: the domain's queries, shaped as the published schemas say.
// Internal ids stay inside; the API names everything by slug.

/** GET /api/v1/networks */
export async function readNetworks(): Promise<NetworkList> {
	const rows = await listNetworks();
	return {
		data: rows.map((n) => ({
			slug: n.slug,
			name: n.name,
			description: n.description,
			theme: n.theme,
			startYear: n.startYear,
			endYear: n.endYear,
			countries: n.countryCodes,
			partnershipCount: n.partnershipCount
		}))
	};
}

/** GET /api/v1/partnerships: query parameters as given in the URL; invalid ones throw AppError('invalid'). */
export async function readPartnerships(params: URLSearchParams): Promise<PartnershipPage> {
	const query = parseInput(partnershipListQuery, Object.fromEntries(params));
	const result = await listPartnerships({
		networkSlug: query.network,
		themeSlug: query.theme,
		countryCode: query.country,
		page: query.page,
		limit: query.limit
	});
	return { data: result.items.map(toPartnership), page: result.page, limit: result.limit, total: result.total };
}

/** GET /api/v1/organisations/{slug}; an unknown slug throws AppError('not_found'). */
export async function readOrganisation(slug: string): Promise<OrganisationDocument> {
	const found = await getOrganisationBySlug(slug);
	if (!found) throw AppError.notFound(m.api_error_organisation_not_found());
	const o = found.organisation;
	return {
		data: {
			slug: o.slug,
			name: o.name,
			kind: o.kind,
			countryCode: o.countryCode,
			subdivision: o.subdivision,
			population: o.population,
			latitude: o.latitude,
			longitude: o.longitude,
			description: o.description,
			partnerships: found.partnerships.map(toPartnership)
		}
	};
}

function toPartnership(p: PartnershipListItem): Partnership {
	return {
		slug: p.slug,
		title: p.title,
		phase: p.phase,
		startDate: p.startDate,
		endDate: p.endDate,
		theme: p.theme,
		network: p.network,
		parties: p.parties
	};
}
