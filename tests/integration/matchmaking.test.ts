import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { matches, partnerProfiles } from '$lib/server/db/schema';
import { CONCEPTS_VERSION } from '$lib/server/domain/matchmaking/concepts';
import { assignmentForCall, scoreOnePair, suggestionsForCall } from '$lib/server/domain/matchmaking/suggestions';
import { AppError } from '$lib/server/errors';
import { makeOrganisation, makePartnership, makeTheme, makeUser, staff } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

type Ids = Awaited<ReturnType<typeof setUp>>;

/**
 * One partner-search call: a Swedish applicant writing about violence in close relationships, one
 * about waste; profiles in Colombia about the same in Spanish, a full one, one in Brazil (outside the
 * programme) and one already partnered; a Norwegian applicant and a withdrawn one.
 */
async function setUp() {
	const theme = await makeTheme();
	const call = await makeCall();
	const org = (name: string, countryCode: string, population = 50_000) =>
		makeOrganisation({ name, countryCode, population });
	const violence = await makeExpression(call.id, {
		organisationId: (await org('Ale kommun', 'SE', 30_000)).id,
		themeId: theme.id,
		challenge: { sv: 'Vi vill bli bättre på att förebygga våld i nära relationer.' }
	});
	const waste = await makeExpression(call.id, {
		organisationId: (await org('Bollnäs kommun', 'SE', 26_000)).id,
		themeId: theme.id,
		challenge: { sv: 'Avfallshantering och återvinning i glesbygd.' }
	});
	const norwegian = await makeExpression(call.id, {
		organisationId: (await org('Bergen kommune', 'NO')).id,
		themeId: theme.id,
		challenge: { en: 'Domestic violence.' }
	});
	const withdrawn = await makeExpression(call.id, {
		organisationId: (await org('Falu kommun', 'SE')).id,
		status: 'withdrawn',
		challenge: { sv: 'Våld i nära relationer.' }
	});
	const profile = (name: string, countryCode: string, challenge: string, extra = {}) =>
		org(name, countryCode, 60_000).then((o) =>
			makeProfile(call.id, { organisationId: o.id, themeId: theme.id, challenge: { es: challenge }, ...extra })
		);
	const family = await profile('Municipio de Soacha', 'CO', 'Reducir la violencia intrafamiliar en los barrios.');
	const residues = await profile('Municipio de Zipaquirá', 'CO', 'Mejorar la gestión de residuos sólidos.', {
		population: null
	});
	const full = await profile('Municipio de Mixco', 'GT', 'Violencia intrafamiliar.');
	const matched = await makeExpression(call.id, { status: 'matched' });
	await db().insert(matches).values({ callId: call.id, expressionId: matched.expression.id, profileId: full.id });
	const brazil = await profile('Prefeitura de Niterói', 'BR', 'Violencia intrafamiliar.');
	const partners = await profile('Lobatse', 'ZA', 'Violencia intrafamiliar.');
	await makePartnership({ partyIds: [violence.expression.organisationId!, partners.organisationId] });
	return { call, theme, violence, waste, norwegian, withdrawn, family, residues, full, brazil, partners };
}

let ids: Ids;
beforeAll(async () => {
	ids = await setUp();
});

describe('suggestionsForCall', () => {
	it('ranks a profile with the same challenge in another language first, and explains each part', async () => {
		const result = await suggestionsForCall(staff, ids.call.id, { expressionId: ids.violence.expression.id });
		expect(result.call).toMatchObject({ id: ids.call.id, slug: ids.call.slug, programmeId: ids.call.programmeId });
		expect(result.suggestions.map((s) => s.profileId)).toEqual([ids.family.id, ids.residues.id]);
		const [best, other] = result.suggestions;
		expect(best!.total).toBeGreaterThan(other!.total);
		const part = (key: string) => best!.parts.find((p) => p.key === key)!;
		expect(part('challenge').detail).toEqual({
			kind: 'challenge',
			shared: ['domestic_violence'],
			chosen: [],
			recognised: ['domestic_violence'],
			applicantOnly: [],
			profileOnly: []
		});
		expect(part('challenge').score).toBe(1);
		expect(part('theme').detail).toMatchObject({ same: true });
		expect(part('population').detail).toEqual({ kind: 'population', applicant: 30_000, profile: 50_000, ratio: 0.6 });
		expect(part('preferences').detail).toEqual({ kind: 'preferences', countryWanted: null, sharedLanguages: [] });
		expect(part('experience').detail).toEqual({ kind: 'experience', partnerships: 1, sameTheme: 0, sameCountry: 0 });
		expect(other!.parts.find((p) => p.key === 'challenge')!.score).toBe(0);
	});

	it('stores the concepts it computed with the current version', async () => {
		const [row] = await db().select().from(partnerProfiles).where(eq(partnerProfiles.id, ids.family.id));
		expect(row!.concepts).toEqual(['domestic_violence']);
		expect(row!.conceptsVersion).toBe(CONCEPTS_VERSION);
	});

	it('lists the matchable applicants and the published profiles with their capacity', async () => {
		const result = await suggestionsForCall(staff, ids.call.id);
		expect(result.applicants.map((a) => a.organisationName)).toEqual([
			'Ale kommun',
			'Bergen kommune',
			'Bollnäs kommun'
		]);
		expect(result.profiles.find((p) => p.profileId === ids.full.id)).toMatchObject({ maxMatches: 1, matched: 1 });
		// A profile without its own population has its organisation's.
		expect(result.profiles.find((p) => p.profileId === ids.residues.id)!.population).toBe(60_000);
		expect(result.excluded).toEqual([]);
		// Every eligible pair, best first: the two Swedish applicants with the open profiles of the
		// programme's countries (Ale and Lobatse are partners already).
		const pairs = result.suggestions.map((s) => `${s.expressionId}:${s.profileId}`);
		expect(pairs).toHaveLength(5);
		expect(pairs[0]).toBe(`${ids.violence.expression.id}:${ids.family.id}`);
		const totals = result.suggestions.map((s) => s.total);
		expect([...totals].sort((a, b) => b - a)).toEqual(totals);
		expect((await suggestionsForCall(staff, ids.call.id, { limit: 1 })).suggestions).toHaveLength(1);
	});

	it('explains why an applicant may not be paired with some profiles', async () => {
		const result = await suggestionsForCall(staff, ids.call.id, { expressionId: ids.violence.expression.id });
		const reasons = Object.fromEntries(result.excluded.map((e) => [e.profileId, e.reasons]));
		expect(reasons).toEqual({
			[ids.full.id]: ['profile_full'],
			[ids.brazil.id]: ['country_not_in_programme'],
			[ids.partners.id]: ['already_partners']
		});
	});

	it('explains a withdrawn or non-Swedish applicant', async () => {
		const withdrawn = await suggestionsForCall(staff, ids.call.id, { expressionId: ids.withdrawn.expression.id });
		expect(withdrawn.suggestions).toEqual([]);
		expect(withdrawn.excluded.find((e) => e.profileId === ids.family.id)!.reasons).toEqual(['applicant_status']);

		const byProfile = await suggestionsForCall(staff, ids.call.id, { profileId: ids.family.id });
		expect(byProfile.suggestions.map((s) => s.expressionId)).toEqual([
			ids.violence.expression.id,
			ids.waste.expression.id
		]);
		expect(byProfile.excluded).toEqual([
			{ expressionId: ids.norwegian.expression.id, profileId: ids.family.id, reasons: ['applicant_not_swedish'] }
		]);
	});

	it('is for staff only, for partner-search calls only', async () => {
		const coordinator = await makeUser({
			organisationId: ids.violence.expression.organisationId!,
			role: 'coordinator'
		});
		expect((await refusal(suggestionsForCall(coordinator.actor, ids.call.id))).code).toBe('not_found');
		expect((await refusal(assignmentForCall(coordinator.actor, ids.call.id))).code).toBe('not_found');
		expect((await refusal(suggestionsForCall(staff, crypto.randomUUID()))).code).toBe('not_found');
		expect((await refusal(suggestionsForCall(staff, 'not-a-uuid'))).code).toBe('not_found');
		expect((await refusal(suggestionsForCall(staff, ids.call.id, { expressionId: crypto.randomUUID() }))).code).toBe(
			'not_found'
		);
		const recruitment = await makeCall({ kind: 'network_recruitment' });
		const invalid = await refusal(suggestionsForCall(staff, recruitment.id));
		expect(invalid.code).toBe('invalid');
		expect(invalid.fieldErrors.callId).toBeTruthy();
	});
});

describe('assignmentForCall', () => {
	it('pairs each applicant with the best profile for the whole call and explains the rest', async () => {
		const { assignment, applicants, profiles } = await assignmentForCall(staff, ids.call.id);
		expect(applicants).toHaveLength(3);
		expect(profiles).toHaveLength(5);
		expect(assignment.pairs.map((p) => [p.expressionId, p.profileId])).toEqual(
			expect.arrayContaining([
				[ids.violence.expression.id, ids.family.id],
				[ids.waste.expression.id, ids.residues.id]
			])
		);
		expect(assignment.pairs).toHaveLength(2);
		expect(assignment.total).toBeCloseTo(assignment.pairs[0]!.total + assignment.pairs[1]!.total, 5);
		expect(assignment.pairs[0]!.parts).toHaveLength(5);
		expect(assignment.unmatchedApplicants).toEqual([
			{ expressionId: ids.norwegian.expression.id, reason: 'no_eligible_pair' }
		]);
		const unmatched = Object.fromEntries(assignment.unmatchedProfiles.map((p) => [p.profileId, p]));
		expect(unmatched[ids.full.id]).toMatchObject({ remaining: 0, reason: 'full' });
		expect(unmatched[ids.brazil.id]).toMatchObject({ remaining: 1, reason: 'no_eligible_pair' });
		expect(unmatched[ids.partners.id]).toMatchObject({ remaining: 1, reason: 'taken_by_better_total' });
		expect(Object.keys(unmatched)).toHaveLength(3);
	});

	it('assigns nothing in a call where no pair is eligible', async () => {
		const call = await makeCall();
		await makeExpression(call.id, { status: 'withdrawn' });
		const profile = await makeProfile(call.id);
		const { assignment } = await assignmentForCall(staff, call.id);
		expect(assignment.pairs).toEqual([]);
		expect(assignment.unmatchedApplicants).toEqual([]);
		expect(assignment.unmatchedProfiles).toEqual([{ profileId: profile.id, remaining: 1, reason: 'no_eligible_pair' }]);
	});
});

describe('scoreOnePair', () => {
	it('gives the same suggestion as the list inside a transaction, or the exclusions', async () => {
		const listed = await suggestionsForCall(staff, ids.call.id, { expressionId: ids.violence.expression.id });
		const one = await db().transaction((tx) =>
			scoreOnePair(tx, ids.call.id, ids.violence.expression.id, ids.family.id)
		);
		expect(one).toEqual({ suggestion: listed.suggestions[0], exclusions: [] });
		const full = await db().transaction((tx) => scoreOnePair(tx, ids.call.id, ids.violence.expression.id, ids.full.id));
		expect(full).toEqual({ suggestion: null, exclusions: ['profile_full'] });
	});

	it('does not find a pair of another call', async () => {
		const other = await makeCall();
		const stranger = await makeProfile(other.id);
		const error = await refusal(scoreOnePair(db(), ids.call.id, ids.violence.expression.id, stranger.id));
		expect(error.code).toBe('not_found');
	});
});
