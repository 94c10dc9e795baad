import { isHttpError } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { auditEvents, calls, partnerships, programmeCountries, programmes } from '$lib/server/db/schema';
import { acceptMatch } from '$lib/server/domain/matchmaking/accept-match';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { getOrganisationBySlug } from '$lib/server/domain/organisations/queries';
import { movePhase } from '$lib/server/domain/partnerships/move-phase';
import { publishPartnership } from '$lib/server/domain/partnerships/publish-partnership';
import { partnershipCountryCodes } from '$lib/server/domain/partnerships/queries';
import { programmeFigures } from '$lib/server/domain/programmes/queries';
import { updateProgramme } from '$lib/server/domain/programmes/update-programme';
import { GET as partnershipsGET } from '../../src/routes/api/v1/partnerships/+server';
import { POST as publicationPOST } from '../../src/routes/api/v1/partnerships/[id]/publication/+server';
import { GET as organisationGET } from '../../src/routes/api/v1/organisations/[slug]/+server';
import { load as publicPage } from '../../src/routes/[lang=lang]/(public)/partnerships/[slug]/+page.server';
import { makeNetwork, makeOrganisation, makePartnership, makeTheme, makeUser, staff } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { appError } from '../setup/errors';

useTestDatabase();

// One programme (the default setting: public from the project phase on), one network and theme, and a
// party in Moldova, a country no other partnership of this file has: every public surface is asked.
let programmeId: string;
let network: { id: string; slug: string };
let theme: { id: string; slug: string };
let moldovan: { id: string; slug: string };

beforeAll(async () => {
	const call = await makeCall();
	programmeId = call.programmeId;
	theme = await makeTheme();
	network = await makeNetwork({ programmeId, themeId: theme.id });
	await db().update(calls).set({ networkId: network.id }).where(eq(calls.id, call.id));
	moldovan = await makeOrganisation({ countryCode: 'MD', name: `Primăria ${crypto.randomUUID().slice(0, 6)}` });
	await db().insert(programmeCountries).values({ programmeId, countryCode: 'MD' });
});

function partnership(overrides: Parameters<typeof makePartnership>[0] = {}) {
	return makePartnership({ programmeId, themeId: theme.id, networkId: network.id, ...overrides });
}

async function swedishWithMoldovan() {
	return [(await makeOrganisation()).id, moldovan.id];
}

/** Where the public may meet a partnership, and whether it is there. */
async function seenByThePublic(slug: string) {
	const list = await api(partnershipsGET, 'GET', `/api/v1/partnerships?network=${network.slug}&limit=100`);
	const byCountry = await api(partnershipsGET, 'GET', '/api/v1/partnerships?country=MD&limit=100');
	const organisation = await api(organisationGET, 'GET', `/api/v1/organisations/${moldovan.slug}`, {
		params: { slug: moldovan.slug }
	});
	const slugs = (body: Record<string, unknown>) => (body.data as { slug: string }[]).map((p) => p.slug);
	const orgPartnerships = (organisation.body.data as { partnerships: { slug: string }[] }).partnerships;
	const page = await Promise.resolve(publicPage({ params: { slug }, locals: { locale: 'en' } } as never)).then(
		() => 200,
		(e: unknown) => (isHttpError(e) ? e.status : 500)
	);
	return {
		list: slugs(list.body).includes(slug),
		byCountry: slugs(byCountry.body).includes(slug),
		organisationApi: orgPartnerships.some((p) => p.slug === slug),
		organisationPage: (await getOrganisationBySlug(moldovan.slug))!.partnerships.some((p) => p.slug === slug),
		page
	};
}

const hidden = { list: false, byCountry: false, organisationApi: false, organisationPage: false, page: 404 };
const shown = { list: true, byCountry: true, organisationApi: true, organisationPage: true, page: 200 };

async function networkCount() {
	return (await listNetworks()).find((n) => n.id === network.id)!.partnershipCount;
}

describe('who sees a partnership', () => {
	it('hides one in its application phase from lists, the API, pages, counts, figures and country choices', async () => {
		const before = await programmeFigures();
		const applying = await partnership({ partyIds: await swedishWithMoldovan() });
		expect(await seenByThePublic(applying.slug)).toEqual(hidden);
		expect(await networkCount()).toBe(0);
		expect(await programmeFigures()).toEqual(before);
		expect((await programmeFigures('all')).partnerships).toBeGreaterThan(before.partnerships);
		expect(await partnershipCountryCodes()).not.toContain('MD');
	});

	it('hides a match just accepted until it reaches the project phase, then shows it everywhere', async () => {
		const call = (await db().select().from(calls).where(eq(calls.programmeId, programmeId)))[0]!;
		const { expression } = await makeExpression(call.id, { themeId: theme.id });
		const profile = await makeProfile(call.id, { themeId: theme.id, organisationId: moldovan.id });
		const officer = await makeUser({ staff: true });
		const before = await programmeFigures();
		const { partnershipId, partnershipSlug } = await acceptMatch(officer.actor, {
			callId: call.id,
			expressionId: expression.id,
			profileId: profile.id
		});
		expect(await seenByThePublic(partnershipSlug)).toEqual(hidden);
		expect(await programmeFigures()).toEqual(before);
		expect(await networkCount()).toBe(0);

		await db()
			.update(partnerships)
			.set({ projectStartDate: '2026-01-01', projectEndDate: '2027-12-31' })
			.where(eq(partnerships.id, partnershipId));
		await movePhase(staff, partnershipId, { to: 'project' });
		expect(await seenByThePublic(partnershipSlug)).toEqual(shown);
		expect(await networkCount()).toBe(1);
		expect((await programmeFigures()).partnerships).toBe(before.partnerships + 1);
		expect(await partnershipCountryCodes()).toContain('MD');
	});

	it('shows one staff publish, and hides it again when they take the publication back', async () => {
		const inception = await partnership({ phase: 'inception', partyIds: await swedishWithMoldovan() });
		expect((await seenByThePublic(inception.slug)).list).toBe(false);

		await publishPartnership(staff, inception.id, { published: true });
		expect(await seenByThePublic(inception.slug)).toEqual(shown);
		await publishPartnership(staff, inception.id, { published: false });
		expect(await seenByThePublic(inception.slug)).toEqual(hidden);

		const actions = await db()
			.select({ action: auditEvents.action })
			.from(auditEvents)
			.where(and(eq(auditEvents.subjectId, inception.id), eq(auditEvents.subjectType, 'partnership')));
		expect(actions.map((a) => a.action)).toEqual(
			expect.arrayContaining(['partnership.published', 'partnership.unpublished'])
		);
	});

	it('lets only staff publish, and not in the application phase', async () => {
		const [swedish, abroad] = await swedishWithMoldovan();
		const applying = await partnership({ partyIds: [swedish!, abroad!] });
		const coordinator = await makeUser({ organisationId: swedish!, role: 'coordinator' });
		const outsider = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
		await appError(publishPartnership(coordinator.actor, applying.id, { published: true }), 'forbidden');
		await appError(publishPartnership(outsider.actor, applying.id, { published: true }), 'not_found');
		const refused = await appError(publishPartnership(staff, applying.id, { published: true }), 'conflict');
		expect(refused.message).toMatch(/ansökningsfasen/);
		await appError(publishPartnership(staff, applying.id, { published: 'maybe' as never }), 'invalid');
		expect((await seenByThePublic(applying.slug)).list).toBe(false);
	});

	it('is published through the API by staff, who see in the answer whether it is public', async () => {
		const [swedish, abroad] = await swedishWithMoldovan();
		const inception = await partnership({ phase: 'inception', partyIds: [swedish!, abroad!] });
		const coordinator = await makeUser({ organisationId: swedish!, role: 'coordinator' });
		const officer = await makeUser({ staff: true });
		const path = `/api/v1/partnerships/${inception.id}/publication`;
		const params = { id: inception.id };
		const body = { published: true };
		expect((await api(publicationPOST, 'POST', path, { params, body })).status).toBe(401);
		expect((await api(publicationPOST, 'POST', path, { params, body, actor: coordinator.actor })).status).toBe(403);
		expect((await api(publicationPOST, 'POST', path, { params, body: {}, actor: officer.actor })).status).toBe(400);
		const published = await api(publicationPOST, 'POST', path, { params, body, actor: officer.actor });
		expect(published.status).toBe(200);
		expect(published.body.data).toMatchObject({ public: true, publishedAt: expect.any(String) });
		expect((await seenByThePublic(inception.slug)).list).toBe(true);
		const withdrawn = await api(publicationPOST, 'POST', path, {
			params,
			body: { published: false },
			actor: officer.actor
		});
		expect(withdrawn.body.data).toMatchObject({ public: false, publishedAt: null });
	});

	it('follows the programme’s setting: from inception, or only what staff publish', async () => {
		const inception = await partnership({ phase: 'inception', partyIds: await swedishWithMoldovan() });
		const project = await partnership({ phase: 'project', partyIds: await swedishWithMoldovan() });
		await setting('inception');
		expect((await seenByThePublic(inception.slug)).page).toBe(200);
		expect((await seenByThePublic(project.slug)).page).toBe(200);
		await setting('staff');
		expect(await seenByThePublic(inception.slug)).toEqual(hidden);
		expect(await seenByThePublic(project.slug)).toEqual(hidden);
		await publishPartnership(staff, project.id, { published: true });
		expect(await seenByThePublic(project.slug)).toEqual(shown);
		await setting('project');
	});

	it('keeps a terminated partnership public only if it was public when it ended', async () => {
		const running = await partnership({ phase: 'project', partyIds: await swedishWithMoldovan() });
		const planning = await partnership({ phase: 'inception', partyIds: await swedishWithMoldovan() });
		await movePhase(staff, running.id, { to: 'terminated', reason: 'The parties agreed to stop.' });
		await movePhase(staff, planning.id, { to: 'terminated', reason: 'The parties agreed to stop.' });
		expect(await seenByThePublic(running.slug)).toEqual(shown);
		expect(await seenByThePublic(planning.slug)).toEqual(hidden);
	});
});

/** Staff change the programme's setting on its page (updateProgramme), keeping everything else. */
async function setting(partnershipsPublicFrom: 'inception' | 'project' | 'staff') {
	const [current] = await db().select().from(programmes).where(eq(programmes.id, programmeId));
	const countries = await db().select().from(programmeCountries).where(eq(programmeCountries.programmeId, programmeId));
	await updateProgramme(staff, programmeId, {
		countryCodes: countries.map((c) => c.countryCode),
		name: current!.name,
		description: current!.description,
		minMeetingsPerYear: current!.minMeetingsPerYear,
		projectMinYears: current!.projectMinYears,
		projectMaxYears: current!.projectMaxYears,
		fundedConferenceParticipants: current!.fundedConferenceParticipants,
		partnershipsPublicFrom
	});
}
