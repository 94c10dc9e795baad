import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { partnerProfileDocumentSchema, partnerProfilePageSchema } from '$lib/server/domain/profiles/api/schemas';
import { db } from '$lib/server/db/client';
import { auditEvents, matches, partnerProfiles, themes } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { createProfile } from '$lib/server/domain/profiles/create-profile';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import {
	getProfileForActor,
	getPublishedProfile,
	listPublishedProfiles,
	myProfiles
} from '$lib/server/domain/profiles/queries';
import type { ProfileInput } from '$lib/server/domain/profiles/schemas';
import { updateProfile } from '$lib/server/domain/profiles/update-profile';
import { withdrawProfile } from '$lib/server/domain/profiles/withdraw-profile';
import { POST as createViaApi } from '../../src/routes/api/v1/calls/[id]/profiles/+server';
import { GET as readOneViaApi, PATCH } from '../../src/routes/api/v1/profiles/[id]/+server';
import { POST as publishViaApi } from '../../src/routes/api/v1/profiles/[id]/publish/+server';
import { POST as withdrawViaApi } from '../../src/routes/api/v1/profiles/[id]/withdraw/+server';
import { GET as listViaApi } from '../../src/routes/api/v1/profiles/+server';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { makeOrganisation, makeTheme, makeUser, staff } from '../factories';
import { demoThemes } from '$lib/server/seed/demo-data';
import { DEMO_PARTNER_SEARCH_SLUG } from '$lib/server/seed/demo-calls';
import { seedProfilesDemo } from '$lib/server/seed/demo-profiles';
import { api } from '../setup/api';
import { appError, fieldErrors } from '../setup/errors';
import { useTestDatabase } from '../setup/database';
import { readyToRace } from './concurrent';

useTestDatabase();

const DAY = 86_400_000;
let call: Awaited<ReturnType<typeof makeCall>>;
let themeId: string;
let bogota: { id: string; population: number | null };
let coordinator: { id: string; actor: Actor };

beforeAll(async () => {
	call = await makeCall();
	themeId = (await makeTheme()).id;
	bogota = await makeOrganisation({ name: 'Municipio de Prueba', countryCode: 'CO', population: 75_000 });
	coordinator = await makeUser({ organisationId: bogota.id, role: 'coordinator' });
});

function input(overrides: Partial<ProfileInput> = {}): ProfileInput {
	return {
		callId: call.id,
		organisationId: bogota.id,
		themeId,
		challenge: { es: 'Muchos jóvenes no participan en las decisiones del municipio.' },
		hopes: { es: 'Experiencia con consejos juveniles.' },
		contactRole: { es: 'Secretaría de Juventud' },
		languages: ['ES', 'en', 'es'],
		...overrides
	};
}

async function auditActions(subjectId: string) {
	const rows = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId));
	return rows.map((r) => r.action).sort();
}

describe('a coordinator abroad', () => {
	it('creates a draft with the organisation’s population, then publishes it', async () => {
		const created = await createProfile(coordinator.actor, input());
		expect(created).toMatchObject({
			status: 'draft',
			population: 75_000,
			languages: ['es', 'en'],
			maxMatches: 1,
			conceptsVersion: null,
			createdByUserId: coordinator.id
		});
		expect(await getPublishedProfile(created.id)).toBeNull();
		const published = await publishProfile(coordinator.actor, created.id);
		expect(published.status).toBe('published');
		expect(published.publishedAt).toBeInstanceOf(Date);
		expect((await getPublishedProfile(created.id))?.organisation.name).toBe('Municipio de Prueba');
		await appError(publishProfile(coordinator.actor, created.id), 'conflict');
		expect(await auditActions(created.id)).toEqual(['partner_profile.created', 'partner_profile.published']);
	});

	it('may have one profile per call', async () => {
		const errors = await fieldErrors(createProfile(coordinator.actor, input()));
		expect(errors.organisationId).toBe(m.profiles_error_duplicate());
	});

	it('makes only one of two simultaneous profiles of one organisation in one call', async ({ skip }) => {
		await readyToRace(skip);
		const org = await makeOrganisation({ name: 'Municipio Simultáneo', countryCode: 'CO' });
		const owner = await makeUser({ organisationId: org.id, role: 'coordinator' });
		const results = await Promise.allSettled(
			[1, 2].map(() => createProfile(owner.actor, input({ organisationId: org.id })))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason.fieldErrors).toEqual({ organisationId: m.profiles_error_duplicate() });
	});

	it('clears the concepts version only when the challenge changes', async () => {
		const other = await makeOrganisation({ name: 'Municipio Dos', countryCode: 'GT', population: 30_000 });
		const owner = await makeUser({ organisationId: other.id, role: 'coordinator' });
		const created = await createProfile(owner.actor, input({ organisationId: other.id, population: 31_000 }));
		expect(created.population).toBe(31_000);
		await db().update(partnerProfiles).set({ conceptsVersion: 'v1' }).where(eq(partnerProfiles.id, created.id));
		const sameChallenge = await updateProfile(owner.actor, created.id, {
			...input(),
			challenge: { es: 'Muchos jóvenes no participan en las decisiones del municipio.' },
			maxMatches: 3
		});
		expect(sameChallenge).toMatchObject({ conceptsVersion: 'v1', maxMatches: 3, population: 30_000 });
		const changed = await updateProfile(owner.actor, created.id, {
			...input(),
			challenge: { en: 'Youth unemployment.' }
		});
		expect(changed.conceptsVersion).toBeNull();
		expect(await auditActions(created.id)).toEqual([
			'partner_profile.created',
			'partner_profile.updated',
			'partner_profile.updated'
		]);
	});

	it('gives field errors for missing texts, unknown languages and a bad match count', async () => {
		const errors = await fieldErrors(
			createProfile(coordinator.actor, input({ challenge: {}, languages: ['zz'], maxMatches: 11 }))
		);
		expect(Object.keys(errors).sort()).toEqual(['challenge', 'languages.0', 'maxMatches']);
		expect(errors['languages.0']).toBe(m.profiles_language_unknown());
	});
});

describe('who may not', () => {
	it('refuses a Swedish organisation', async () => {
		const swedish = await makeOrganisation();
		const owner = await makeUser({ organisationId: swedish.id, role: 'coordinator' });
		const errors = await fieldErrors(createProfile(owner.actor, input({ organisationId: swedish.id })));
		expect(errors.organisationId).toBe(m.profiles_error_swedish_organisation());
	});

	it('refuses a country outside the programme', async () => {
		const kenya = await makeOrganisation({ name: 'Nakuru County', countryCode: 'KE' });
		const owner = await makeUser({ organisationId: kenya.id, role: 'coordinator' });
		const errors = await fieldErrors(createProfile(owner.actor, input({ organisationId: kenya.id })));
		expect(errors.organisationId).toMatch(/Kenya/);
	});

	it('answers not found to a member who is not a coordinator, and to another organisation’s coordinator', async () => {
		const member = await makeUser({ organisationId: bogota.id, role: 'member' });
		const stranger = await makeUser({
			organisationId: (await makeOrganisation({ countryCode: 'ZA', name: 'Elsewhere' })).id,
			role: 'coordinator'
		});
		const profile = await makeProfile(call.id, { status: 'draft', publishedAt: null });
		await appError(createProfile(member.actor, input()), 'not_found');
		await appError(createProfile(stranger.actor, input()), 'not_found');
		await appError(updateProfile(stranger.actor, profile.id, input()), 'not_found');
		await appError(publishProfile(stranger.actor, profile.id), 'not_found');
		await appError(withdrawProfile(stranger.actor, profile.id), 'not_found');
		expect(await getProfileForActor(stranger.actor, profile.id)).toBeNull();
	});

	it('lets members read their organisation’s profiles but not change them', async () => {
		const member = await makeUser({ organisationId: bogota.id, role: 'member' });
		const [mine] = await myProfiles(member.actor);
		expect(mine).toMatchObject({ canEdit: false, organisation: { id: bogota.id } });
		await appError(withdrawProfile(member.actor, mine!.id), 'not_found');
		expect((await myProfiles(coordinator.actor))[0]?.canEdit).toBe(true);
	});

	it('refuses a closed call, and a call that is not a partner search', async () => {
		const closed = await makeCall({
			opensAt: new Date(Date.now() - 40 * DAY),
			closesAt: new Date(Date.now() - DAY)
		});
		const closedErrors = await fieldErrors(createProfile(coordinator.actor, input({ callId: closed.id })));
		expect(closedErrors.callId).toBe(m.calls_error_closed());
		const recruitment = await makeCall({ kind: 'network_recruitment', programmeId: call.programmeId });
		const kindErrors = await fieldErrors(createProfile(coordinator.actor, input({ callId: recruitment.id })));
		expect(kindErrors.callId).toBe(m.profiles_error_not_partner_search());
		const unpublished = await makeCall({ publishedAt: null });
		await appError(createProfile(coordinator.actor, input({ callId: unpublished.id })), 'not_found');
	});

	it('refuses edits and publishing after the call has closed, but staff may still edit', async () => {
		const closed = await makeCall({
			opensAt: new Date(Date.now() - 40 * DAY),
			closesAt: new Date(Date.now() - DAY)
		});
		const profile = await makeProfile(closed.id, { organisationId: bogota.id, status: 'draft', publishedAt: null });
		expect((await appError(updateProfile(coordinator.actor, profile.id, input()), 'conflict')).message).toBe(
			m.calls_error_closed()
		);
		await appError(publishProfile(coordinator.actor, profile.id), 'conflict');
		const edited = await updateProfile(staff, profile.id, input({ maxMatches: 2 }));
		expect(edited.maxMatches).toBe(2);
		expect((await withdrawProfile(coordinator.actor, profile.id)).status).toBe('withdrawn');
	});

	it('keeps max matches at or above the matches made', async () => {
		const profile = await makeProfile(call.id, { maxMatches: 2 });
		const { expression } = await makeExpression(call.id);
		await db().insert(matches).values({ callId: call.id, expressionId: expression.id, profileId: profile.id });
		await makeExpression(call.id).then(({ expression: e }) =>
			db().insert(matches).values({ callId: call.id, expressionId: e.id, profileId: profile.id })
		);
		const errors = await fieldErrors(updateProfile(staff, profile.id, input({ maxMatches: 1 })));
		expect(errors.maxMatches).toBe(m.profiles_error_fewer_than_matched({ count: 2 }));
		expect((await getPublishedProfile(profile.id))?.matchesLeft).toBe(0);
	});
});

describe('staff', () => {
	it('create, publish and withdraw on behalf of any eligible organisation', async () => {
		const stellenbosch = await makeOrganisation({ name: 'Stellenbosch Test', countryCode: 'ZA', population: 190_000 });
		const created = await createProfile(staff, input({ organisationId: stellenbosch.id, maxMatches: 2 }));
		expect(created).toMatchObject({ maxMatches: 2, population: 190_000, status: 'draft' });
		await publishProfile(staff, created.id);
		expect((await withdrawProfile(staff, created.id)).status).toBe('withdrawn');
		await appError(withdrawProfile(staff, created.id), 'conflict');
	});
});

describe('the public list', () => {
	it('filters by country, theme and call, and hides drafts, withdrawn profiles and unpublished calls', async () => {
		const listCall = await makeCall();
		const youth = await makeTheme();
		const za = await makeOrganisation({ name: 'Zeta Municipality', countryCode: 'ZA', population: 10_000 });
		const shown = await makeProfile(listCall.id, { organisationId: za.id, themeId: youth.id, population: null });
		const colombian = await makeProfile(listCall.id, { themeId: youth.id });
		await makeProfile(listCall.id, { status: 'draft', publishedAt: null, themeId: youth.id });
		await makeProfile(listCall.id, { status: 'withdrawn', themeId: youth.id });
		const hiddenCall = await makeCall({ publishedAt: null, programmeId: listCall.programmeId });
		await makeProfile(hiddenCall.id, { themeId: youth.id });

		const inCall = await listPublishedProfiles({ callSlug: listCall.slug, page: 1, limit: 20 });
		expect(inCall.items.map((p) => p.id).sort()).toEqual([shown.id, colombian.id].sort());
		expect(inCall.total).toBe(2);

		const byTheme = await listPublishedProfiles({ theme: youth.slug, page: 1, limit: 20 });
		expect(byTheme.items.map((p) => p.id).sort()).toEqual([shown.id, colombian.id].sort());
		const byThemeId = await listPublishedProfiles({ theme: youth.id, countryCode: 'ZA', page: 1, limit: 20 });
		expect(byThemeId.items).toHaveLength(1);
		expect(byThemeId.items[0]).toMatchObject({
			id: shown.id,
			population: 10_000,
			matchesLeft: 1,
			organisation: { name: 'Zeta Municipality', countryCode: 'ZA' },
			call: { slug: listCall.slug }
		});
		const paged = await listPublishedProfiles({ theme: youth.slug, page: 2, limit: 1 });
		expect(paged).toMatchObject({ total: 2, page: 2 });
		expect(paged.items).toHaveLength(1);
	});
});

describe('the API', () => {
	it('creates, reads, updates, publishes, lists and withdraws, with 401, 404 and 400', async () => {
		const apiCall = await makeCall();
		const org = await makeOrganisation({ name: 'Municipio API', countryCode: 'GT', population: 12_000 });
		const owner = await makeUser({ organisationId: org.id, role: 'coordinator' });
		const stranger = await makeUser({ organisationId: org.id, role: 'member' });
		const body = { ...input(), callId: undefined, organisationId: org.id };
		const params = { id: apiCall.id };
		const path = `/api/v1/calls/${apiCall.id}/profiles`;

		expect((await api(createViaApi, 'POST', path, { body, params })).status).toBe(401);
		expect((await api(createViaApi, 'POST', path, { actor: stranger.actor, body, params })).status).toBe(404);
		expect(
			(await api(createViaApi, 'POST', '/api/v1/calls/x/profiles', { actor: owner.actor, body, params: { id: 'x' } }))
				.status
		).toBe(404);
		const invalid = await api(createViaApi, 'POST', path, {
			actor: owner.actor,
			body: { ...body, hopes: {} },
			params
		});
		expect(invalid.status).toBe(400);
		expect(invalid.body).toMatchObject({ error: { code: 'invalid_input', fields: { hopes: expect.any(String) } } });

		const created = await api(createViaApi, 'POST', path, { actor: owner.actor, body, params });
		expect(created.status).toBe(201);
		const data = created.body.data as { id: string; status: string; population: number };
		expect(data).toMatchObject({ status: 'draft', population: 12_000, organisation: { countryCode: 'GT' } });
		const one = { id: data.id };
		const onePath = `/api/v1/profiles/${data.id}`;

		expect((await api(readOneViaApi, 'GET', onePath, { params: one })).status).toBe(404);
		expect((await api(readOneViaApi, 'GET', onePath, { actor: owner.actor, params: one })).status).toBe(200);

		const patched = await api(PATCH, 'PATCH', onePath, {
			actor: owner.actor,
			body: { ...body, organisationId: undefined, maxMatches: 2 },
			params: one
		});
		expect(patched.status).toBe(200);
		expect(patched.body.data).toMatchObject({ maxMatches: 2, matchesLeft: 2 });
		expect((await api(PATCH, 'PATCH', onePath, { body, params: one })).status).toBe(401);

		const listPath = `/api/v1/profiles?call=${apiCall.slug}`;
		expect((await api(listViaApi, 'GET', listPath)).body).toMatchObject({ data: [], total: 0 });
		expect((await api(publishViaApi, 'POST', `${onePath}/publish`, { actor: owner.actor, params: one })).status).toBe(
			200
		);
		expect((await api(readOneViaApi, 'GET', onePath, { params: one })).status).toBe(200);
		const listed = await api(listViaApi, 'GET', `${listPath}&country=gt`);
		expect(() => partnerProfilePageSchema.parse(listed.body)).not.toThrow();
		expect(() => partnerProfileDocumentSchema.parse(patched.body)).not.toThrow();
		expect(listed.body).toMatchObject({ total: 1, data: [{ id: data.id, status: 'published' }] });
		expect((await api(listViaApi, 'GET', '/api/v1/profiles?country=XX')).status).toBe(400);

		expect(
			(await api(withdrawViaApi, 'POST', `${onePath}/withdraw`, { actor: stranger.actor, params: one })).status
		).toBe(404);
		const withdrawn = await api(withdrawViaApi, 'POST', `${onePath}/withdraw`, { actor: owner.actor, params: one });
		expect(withdrawn.body.data).toMatchObject({ status: 'withdrawn' });
		expect((await api(listViaApi, 'GET', listPath)).body).toMatchObject({ total: 0 });
	});
});

describe('the demo profiles', () => {
	it('are published in the demo partner-search call, Stellenbosch with two matches', async () => {
		await db().insert(themes).values(demoThemes);
		await makeOrganisation({ name: 'Stellenbosch Municipality', countryCode: 'ZA', population: 190_000 });
		const demoCall = await makeCall({ slug: DEMO_PARTNER_SEARCH_SLUG });
		await seedProfilesDemo(staff);
		const listed = await listPublishedProfiles({ callSlug: demoCall.slug, page: 1, limit: 20 });
		expect(listed.total).toBe(6);
		expect(new Set(listed.items.map((p) => p.organisation.countryCode))).toEqual(new Set(['CO', 'GT', 'ZA']));
		const stellenbosch = listed.items.find((p) => p.organisation.name === 'Stellenbosch Municipality');
		expect(stellenbosch).toMatchObject({ maxMatches: 2, population: 190_000, theme: { slug: 'youth-participation' } });
	});
});
