import { AsyncLocalStorage } from 'node:async_hooks';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { expressionDocumentSchema } from '$lib/server/domain/expressions/api/schemas';
import { partnerProfileDocumentSchema, partnerProfilePageSchema } from '$lib/server/domain/profiles/api/schemas';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest, partnerProfiles, themes } from '$lib/server/db/schema';
import { getExpression } from '$lib/server/domain/expressions/queries';
import { saveDraft, updateExpression } from '$lib/server/domain/expressions/save-draft';
import { submitExpressionById } from '$lib/server/domain/expressions/submit-expression';
import { extractConcepts } from '$lib/server/domain/matchmaking/concepts';
import { explainedSuggestions } from '$lib/server/domain/matchmaking/present';
import { scoreOnePair } from '$lib/server/domain/matchmaking/suggestions';
import { createProfile } from '$lib/server/domain/profiles/create-profile';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import { getProfileForActor } from '$lib/server/domain/profiles/queries';
import { updateProfile } from '$lib/server/domain/profiles/update-profile';
import { GET as readExpressionApi } from '../../src/routes/api/v1/expressions/[id]/+server';
import { GET as listProfilesApi } from '../../src/routes/api/v1/profiles/+server';
import { PATCH as patchProfileApi } from '../../src/routes/api/v1/profiles/[id]/+server';
import { challengeAreas } from '$lib/server/domain/matchmaking/areas';
import { demoThemes } from '$lib/server/seed/demo-data';
import { DEMO_PARTNER_SEARCH_SLUG } from '$lib/server/seed/demo-calls';
import { demoExpressions } from '$lib/server/seed/demo-expressions';
import { demoProfiles, seedProfilesDemo } from '$lib/server/seed/demo-profiles';
import { makeOrganisation, makeTheme, makeUser, staff } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { api } from '../setup/api';
import { appError, fieldErrors } from '../setup/errors';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

// Use cases read the request's language from Paraglide's per-request store, as the hooks set it.
const requests = new AsyncLocalStorage<{ locale?: 'sv' | 'en' | 'es' }>();
const inLanguage = <T>(locale: 'sv' | 'en' | 'es', run: () => Promise<T>) => requests.run({ locale }, run);
beforeAll(() => overwriteServerAsyncLocalStorage(requests));
afterAll(() => overwriteServerAsyncLocalStorage(undefined));

/** Everyday wording that names no area of the list, in Swedish and in Spanish. */
const plainSv = 'Fler ska känna att deras röst räknas när vi bestämmer saker tillsammans.';
const plainEs = 'Queremos que más personas sientan que su voz cuenta cuando decidimos cosas juntos.';

const challengePart = async (callId: string, expressionId: string, profileId: string) => {
	const { suggestion } = await scoreOnePair(db(), callId, expressionId, profileId);
	return suggestion!.parts.find((p) => p.key === 'challenge')!;
};

describe('the challenge part of a score', () => {
	it('shares areas between an answer in everyday Swedish and a profile about youth participation', async () => {
		// Växjö wrote as the form invites, and used to score "no shared ideas" against every profile.
		const theme = await makeTheme();
		const call = await makeCall();
		const vaxjo = await makeExpression(call.id, {
			organisationId: (await makeOrganisation({ name: 'Växjö kommun', countryCode: 'SE' })).id,
			themeId: theme.id,
			challenge: {
				sv: 'Vi vill att fler tonåringar i våra bostadsområden ska vara med och påverka beslut i kommunen, och att färre hamnar i utanförskapet.'
			}
		});
		const profile = await makeProfile(call.id, {
			themeId: theme.id,
			challenge: { es: 'Fortalecer la participación juvenil en las decisiones del municipio.' }
		});
		const challenge = await challengePart(call.id, vaxjo.expression.id, profile.id);
		expect(challenge.points).toBeGreaterThan(0);
		expect(challenge.detail).toMatchObject({ shared: ['youth_participation'], recognised: ['youth_participation'] });
	});

	it('counts the areas both sides chose even when their texts name none', async () => {
		expect(await extractConcepts(db(), { sv: plainSv, es: plainEs })).toEqual([]);
		const call = await makeCall();
		const answer = await makeExpression(call.id, {
			challenge: { sv: plainSv },
			chosenConcepts: ['youth_participation', 'citizen_participation']
		});
		const chose = await makeProfile(call.id, {
			challenge: { es: plainEs },
			chosenConcepts: ['youth_participation']
		});
		const silent = await makeProfile(call.id, { challenge: { es: plainEs } });

		const part = await challengePart(call.id, answer.expression.id, chose.id);
		expect(part.score).toBeCloseTo(1 / Math.sqrt(2), 4);
		expect(part.detail).toEqual({
			kind: 'challenge',
			shared: ['youth_participation'],
			chosen: ['youth_participation'],
			recognised: [],
			applicantOnly: ['citizen_participation'],
			profileOnly: []
		});
		expect((await challengePart(call.id, answer.expression.id, silent.id)).points).toBe(0);

		const explained = await explainedSuggestions(staff, call.id, { expressionId: answer.expression.id }, 'en');
		const best = explained.suggestions[0]!;
		expect(best.profileId).toBe(chose.id);
		expect(best.parts.find((p) => p.key === 'challenge')!.explanation).toBe(
			'Shared areas both chose: youth participation'
		);
	});

	it('says which shared areas were chosen and which recognised in a text', async () => {
		const call = await makeCall();
		const answer = await makeExpression(call.id, {
			challenge: { sv: 'Skolavhopp bland unga.' },
			chosenConcepts: ['education']
		});
		const profile = await makeProfile(call.id, {
			challenge: { es: 'La deserción escolar.' },
			chosenConcepts: ['education']
		});
		const explained = await explainedSuggestions(staff, call.id, { profileId: profile.id }, 'sv');
		const part = explained.suggestions.find((s) => s.expressionId === answer.expression.id)!.parts[1]!;
		expect(part.detail).toMatchObject({ chosen: ['education'], recognised: ['school_dropout'] });
		expect(part.explanation).toBe(
			'Gemensamma områden som båda valt: utbildning; igenkända i minst en av texterna: skolavhopp'
		);
	});
});

describe('an applicant chooses challenge areas', () => {
	it('stores them apart from the recognised ones, shows both, and keeps them when other fields change', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const organisation = await makeOrganisation();
		const { actor } = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		const { id } = await saveDraft(actor, call.id, {
			organisationId: organisation.id,
			challenge: { sv: 'Vi vill minska skolavhoppen och få fler unga att fullfölja gymnasiet.' },
			challengeAreas: ['vocational_training', 'education', 'education']
		});
		const [row] = await db().select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, id));
		expect(row!.chosenConcepts).toEqual(['education', 'vocational_training']);

		const detail = await getExpression(actor, id);
		expect(detail.challengeAreas).toEqual(['education', 'vocational_training']);
		expect(detail.recognisedAreas).toEqual(['school_dropout', 'youth_participation']);

		await updateExpression(actor, id, { themeId: theme.id });
		expect((await getExpression(actor, id)).challengeAreas).toEqual(['education', 'vocational_training']);

		const read = await api(readExpressionApi, 'GET', `/api/v1/expressions/${id}`, { actor, params: { id } });
		expect(read.status).toBe(200);
		expect(read.body.data).toMatchObject({
			challengeAreas: ['education', 'vocational_training'],
			recognisedAreas: ['school_dropout', 'youth_participation']
		});
		expect(() => expressionDocumentSchema.parse(read.body)).not.toThrow();
	});

	it('refuses an area that is not on the list, in the applicant’s language', async () => {
		const call = await makeCall();
		const organisation = await makeOrganisation();
		const { actor } = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		const errors = await inLanguage('en', () =>
			fieldErrors(
				saveDraft(actor, call.id, { organisationId: organisation.id, challengeAreas: ['youth_participation', 'ufo'] })
			)
		);
		expect(errors).toEqual({ challengeAreas: 'Choose challenge areas from the list: “ufo” is not one of them.' });
	});

	it('needs an area, chosen or recognised, to submit a partner-search answer', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const { expression, applicant } = await makeExpression(call.id, { status: 'draft', themeId: theme.id });
		const refused = await inLanguage('es', () =>
			fieldErrors(submitExpressionById(applicant.actor, expression.id, { challenge: { sv: plainSv } }))
		);
		expect(refused).toEqual({
			challengeAreas:
				'Elija al menos un área del desafío de la lista: no reconocimos ninguna en su descripción del desafío.'
		});
		const submitted = await submitExpressionById(applicant.actor, expression.id, {
			challenge: { sv: plainSv },
			challengeAreas: ['citizen_participation']
		});
		expect(submitted.status).toBe('submitted');
		// Recognised areas are enough on their own.
		const other = await makeExpression(call.id, { status: 'draft', themeId: theme.id });
		expect((await submitExpressionById(other.applicant.actor, other.expression.id)).status).toBe('submitted');
	});
});

describe('a profile’s challenge areas', () => {
	async function setUp() {
		const call = await makeCall();
		const themeId = (await makeTheme()).id;
		const organisation = await makeOrganisation({ countryCode: 'CO', name: 'Municipio de Áreas' });
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		const input = {
			callId: call.id,
			organisationId: organisation.id,
			themeId,
			challenge: { es: plainEs },
			hopes: { es: 'Aprender juntos.' },
			contactRole: { es: 'Secretaría de Gobierno' }
		};
		return { call, coordinator, input };
	}

	it('are chosen, kept when left out of a change, and needed to publish when the text names none', async () => {
		const { call, coordinator, input } = await setUp();
		const { id } = await createProfile(coordinator.actor, input);
		expect((await appError(publishProfile(coordinator.actor, id), 'conflict')).message).toBe(
			'Profilen kan inte publiceras utan utmaningsområde. Välj minst ett i listan: vi kände inte igen något i beskrivningen av utmaningen.'
		);
		await updateProfile(coordinator.actor, id, { ...input, challengeAreas: ['local_democracy', 'transparency'] });
		await updateProfile(coordinator.actor, id, { ...input, maxMatches: 2 });
		const [row] = await db().select().from(partnerProfiles).where(eq(partnerProfiles.id, id));
		expect(row!.chosenConcepts).toEqual(['local_democracy', 'transparency']);
		expect((await publishProfile(coordinator.actor, id)).status).toBe('published');

		const seen = await getProfileForActor(coordinator.actor, id);
		expect(seen).toMatchObject({ chosenConcepts: ['local_democracy', 'transparency'], recognisedAreas: [] });
		const listed = await api(listProfilesApi, 'GET', `/api/v1/profiles?call=${call.slug}`);
		expect(() => partnerProfilePageSchema.parse(listed.body)).not.toThrow();
		expect(listed.body).toMatchObject({
			data: [{ id, challengeAreas: ['local_democracy', 'transparency'], recognisedAreas: [] }]
		});
	});

	it('refuses an area that is not on the list, through the API too', async () => {
		const { coordinator, input } = await setUp();
		expect(await fieldErrors(createProfile(coordinator.actor, { ...input, challengeAreas: ['nope'] }))).toEqual({
			challengeAreas: 'Välj utmaningsområden i listan: ”nope” finns inte bland dem.'
		});
		const { id } = await createProfile(coordinator.actor, { ...input, challengeAreas: ['housing'] });
		const { organisationId: _o, callId: _c, ...body } = input;
		const refused = await api(patchProfileApi, 'PATCH', `/api/v1/profiles/${id}`, {
			actor: coordinator.actor,
			body: { ...body, challengeAreas: ['housing', 42] },
			params: { id }
		});
		expect(refused.status).toBe(400);
		const patched = await api(patchProfileApi, 'PATCH', `/api/v1/profiles/${id}`, {
			actor: coordinator.actor,
			body: { ...body, challenge: { es: 'Vivienda y transporte público.' }, challengeAreas: ['urban_planning'] },
			params: { id }
		});
		expect(patched.status).toBe(200);
		expect(() => partnerProfileDocumentSchema.parse(patched.body)).not.toThrow();
		expect(patched.body.data).toMatchObject({
			challengeAreas: ['urban_planning'],
			recognisedAreas: ['housing', 'public_transport']
		});
	});
});

describe('the demo', () => {
	it('gives every answer and profile chosen areas from the list, and every answer a profile that shares one', async () => {
		for (const e of demoExpressions) {
			expect(challengeAreas.parse(e.areas), e.organisation).toHaveLength(e.areas.length);
			expect(
				demoProfiles.some((p) => p.areas.some((area) => e.areas.includes(area))),
				e.organisation
			).toBe(true);
		}
		for (const p of demoProfiles) expect(challengeAreas.parse(p.areas)).toHaveLength(p.areas.length);

		await db().insert(themes).values(demoThemes);
		await makeOrganisation({ name: 'Stellenbosch Municipality', countryCode: 'ZA', population: 190_000 });
		const demoCall = await makeCall({ slug: DEMO_PARTNER_SEARCH_SLUG });
		await seedProfilesDemo(staff);
		const rows = await db().select().from(partnerProfiles).where(eq(partnerProfiles.callId, demoCall.id));
		expect(rows).toHaveLength(demoProfiles.length);
		for (const row of rows) expect(row.chosenConcepts.length).toBeGreaterThan(0);
	});
});
