import { AppError } from '$lib/server/errors';
import { patchFields } from '$lib/server/api/patch';
import type { Actor } from '../../accounts/actor';
import { canAdministerProgramme } from '../../accounts/policy';
import { createNetwork } from '../create-network';
import { getNetworkById, listNetworks } from '../queries';
import type { NetworkInput } from '../schemas';
import { updateNetwork } from '../update-network';
import type { AdminNetworkDocument, NetworkList } from './schemas';

// The network endpoints' answers, shaped as schemas.ts publishes them. The public list names everything by slug.

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

/** PATCH /api/v1/networks/{id}: changes the fields the body names and keeps the rest. */
export async function apiUpdateNetwork(actor: Actor, id: string, body: unknown) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const current = await getNetworkById(id);
	if (!current) throw AppError.notFound();
	const { id: _id, experts: _experts, ...fields } = current;
	await updateNetwork(actor, id, { ...fields, ...patchFields(body) } as NetworkInput);
	return networkDocument(id);
}
