import { hashPassword } from 'better-auth/crypto';
import { db } from '$lib/server/db/client';
import { accounts, memberships, programmes, themes, users } from '$lib/server/db/schema';
import type { Actor, MembershipRole } from '$lib/server/domain/accounts/actor';
import { createNetwork } from '$lib/server/domain/networks/create-network';
import { createOrganisation } from '$lib/server/domain/organisations/create-organisation';
import type { OrganisationInput } from '$lib/server/domain/organisations/schemas';
import { createPartnership } from '$lib/server/domain/partnerships/create-partnership';
import type { PartnershipInput } from '$lib/server/domain/partnerships/schemas';

// Factories make valid records through the use cases, with unique names; override what a test is about.

export const staff: Actor = { userId: null, isStaff: true, memberships: [] };
let counter = 0;
const next = () => `${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export async function makeOrganisation(overrides: Partial<OrganisationInput> = {}) {
	return createOrganisation(staff, {
		name: `Kommun ${next()}`,
		kind: 'municipality',
		countryCode: 'SE',
		population: 20_000,
		...overrides
	});
}

export async function makeProgramme() {
	const owner = await makeOrganisation({ kind: 'programme_owner', name: `Owner ${next()}` });
	const [programme] = await db()
		.insert(programmes)
		.values({ slug: `programme-${next()}`, ownerOrganisationId: owner.id, name: { sv: 'Program', en: 'Programme' } })
		.returning();
	return programme!;
}

export async function makeTheme() {
	const [theme] = await db()
		.insert(themes)
		.values({ slug: `theme-${next()}`, name: { sv: 'Tema', en: 'Theme', es: 'Tema' } })
		.returning();
	return theme!;
}

export async function makeNetwork(overrides: { programmeId?: string; themeId?: string; countryCodes?: string[] } = {}) {
	const programmeId = overrides.programmeId ?? (await makeProgramme()).id;
	const themeId = overrides.themeId ?? (await makeTheme()).id;
	return createNetwork(staff, {
		programmeId,
		themeId,
		name: { sv: `Nätverk ${next()}`, en: 'Network' },
		startYear: 2024,
		endYear: 2026,
		countryCodes: overrides.countryCodes ?? ['SE', 'CO', 'GT']
	});
}

/** A Swedish and a South African party unless `partyIds` is given. */
export async function makePartnership(overrides: Partial<PartnershipInput> = {}) {
	const programmeId = overrides.programmeId ?? (await makeProgramme()).id;
	const themeId = overrides.themeId ?? (await makeTheme()).id;
	const partyIds = overrides.partyIds ?? [
		(await makeOrganisation()).id,
		(await makeOrganisation({ countryCode: 'ZA', name: `Municipality ${next()}` })).id
	];
	return createPartnership(staff, {
		programmeId,
		themeId,
		title: { sv: `Partnerskap ${next()}`, en: 'Partnership' },
		startDate: '2024-01-01',
		endDate: '2026-12-31',
		...overrides,
		partyIds
	});
}

/**
 * A partnership the public sees: in the project phase, which the programmes' default setting shows
 * (decision 0013). Use it for tests of public lists, pages and the public API.
 */
export function makePublicPartnership(overrides: Partial<PartnershipInput> = {}) {
	return makePartnership({ phase: 'project', ...overrides });
}

export const TEST_PASSWORD = 'correct-horse-battery';

// better-auth's scrypt hash takes ~100 ms; every test person has the same password, so one salted hash
// per process serves them all (each still verifies through better-auth as a real sign-in would).
let testPasswordHash: Promise<string> | undefined;
const passwordHash = () => (testPasswordHash ??= hashPassword(TEST_PASSWORD));

/** A person who can sign in; optionally staff, optionally a member of an organisation. */
export async function makeUser(
	options: { staff?: boolean; organisationId?: string; role?: MembershipRole; locale?: 'sv' | 'en' | 'es' } = {}
) {
	const id = crypto.randomUUID();
	const email = `person-${next()}@example.org`;
	await db()
		.insert(users)
		.values({
			id,
			email,
			name: `Person ${counter}`,
			emailVerified: true,
			role: options.staff ? 'staff' : 'user',
			locale: options.locale ?? 'sv'
		});
	await db()
		.insert(accounts)
		.values({
			id: crypto.randomUUID(),
			accountId: id,
			providerId: 'credential',
			userId: id,
			password: await passwordHash()
		});
	if (options.organisationId)
		await db()
			.insert(memberships)
			.values({ userId: id, organisationId: options.organisationId, role: options.role ?? 'member' });
	const actor: Actor = {
		userId: id,
		isStaff: !!options.staff,
		memberships: options.organisationId
			? [{ organisationId: options.organisationId, role: options.role ?? 'member' }]
			: []
	};
	return { id, email, actor };
}
