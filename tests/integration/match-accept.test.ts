import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import {
	auditEvents,
	calls,
	expressionStatusChanges,
	expressionsOfInterest,
	matches,
	memberships,
	organisations,
	partnershipParties,
	partnerships
} from '$lib/server/db/schema';
import { acceptMatch } from '$lib/server/domain/matchmaking/accept-match';
import { refreshStaleConcepts } from '$lib/server/domain/matchmaking/concepts';
import { listMatches } from '$lib/server/domain/matchmaking/queries';
import { workspacePartnerships } from '$lib/server/domain/partnerships/workspace';
import { AppError } from '$lib/server/errors';
import {
	acceptedMatchListSchema,
	assignmentDocumentSchema,
	createdMatchSchema,
	suggestionsDocumentSchema
} from '$lib/server/domain/matchmaking/api/schemas';
import { GET as assignmentGET } from '../../src/routes/api/v1/calls/[id]/assignment/+server';
import { GET as matchesGET, POST as matchesPOST } from '../../src/routes/api/v1/calls/[id]/matches/+server';
import { GET as suggestionsGET } from '../../src/routes/api/v1/calls/[id]/suggestions/+server';
import { mailsTo, newestMailTo } from '../e2e/support/outbox';
import { makeNetwork, makeOrganisation, makeTheme, makeUser } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { readyToRace } from './concurrent';

const test = useTestDatabase();
beforeAll(() => {
	process.env.E2E_DATA_DIR = test.dataDir;
});

/** A partner-search call in a network, with a Swedish applicant (answering in English) and a profile. */
async function setting({ maxMatches = 1 } = {}) {
	const call = await makeCall();
	const theme = await makeTheme();
	const network = await makeNetwork({ programmeId: call.programmeId, themeId: theme.id });
	await db().update(calls).set({ networkId: network.id }).where(eq(calls.id, call.id));
	const swedish = await makeOrganisation({ name: `Gotland ${crypto.randomUUID().slice(0, 6)}` });
	const { expression, applicant } = await makeExpression(call.id, {
		organisationId: swedish.id,
		themeId: theme.id,
		locale: 'en'
	});
	const profile = await makeProfile(call.id, { themeId: theme.id, maxMatches });
	const coordinator = await makeUser({ organisationId: profile.organisationId, role: 'coordinator', locale: 'es' });
	const officer = await makeUser({ staff: true });
	return { call, theme, network, swedish, expression, applicant, profile, coordinator, staff: officer.actor };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

describe('acceptMatch', () => {
	it('makes a partnership in inception with both parties, the theme and the network, and tells both sides', async () => {
		const s = await setting();
		const since = Date.now();
		const result = await acceptMatch(s.staff, {
			callId: s.call.id,
			expressionId: s.expression.id,
			profileId: s.profile.id
		});

		const [partnership] = await db().select().from(partnerships).where(eq(partnerships.id, result.partnershipId));
		expect(partnership).toMatchObject({
			slug: result.partnershipSlug,
			phase: 'inception',
			themeId: s.theme.id,
			networkId: s.network.id,
			programmeId: s.call.programmeId
		});
		expect(partnership!.title.sv).toMatch(new RegExp(`^${s.swedish.name} – Municipio`));
		expect(partnership!.challenge.sv).toContain('våld i nära relationer');
		expect(partnership!.challenge.es).toContain('violencia de género');
		const parties = await db()
			.select({ id: partnershipParties.organisationId })
			.from(partnershipParties)
			.where(eq(partnershipParties.partnershipId, result.partnershipId));
		expect(parties.map((p) => p.id).sort()).toEqual([s.swedish.id, s.profile.organisationId].sort());

		const [expression] = await db()
			.select({ status: expressionsOfInterest.status })
			.from(expressionsOfInterest)
			.where(eq(expressionsOfInterest.id, s.expression.id));
		expect(expression!.status).toBe('matched');
		const timeline = await db()
			.select()
			.from(expressionStatusChanges)
			.where(eq(expressionStatusChanges.expressionId, s.expression.id));
		expect(timeline).toContainEqual(expect.objectContaining({ fromStatus: 'submitted', toStatus: 'matched' }));

		const [match] = await db().select().from(matches).where(eq(matches.id, result.matchId));
		expect(match).toMatchObject({
			callId: s.call.id,
			expressionId: s.expression.id,
			profileId: s.profile.id,
			partnershipId: result.partnershipId,
			acceptedByUserId: s.staff.userId
		});
		expect(match!.score).toEqual(expect.any(Number));
		expect(match!.parts).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'theme', score: 1 })]));
		const audit = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'match.accepted'), eq(auditEvents.subjectId, result.matchId)));
		expect(audit).toHaveLength(1);

		const applicantMail = await newestMailTo(s.applicant.email, { since });
		expect(applicantMail.text).toContain(`/sv/workspace/partnerships/${result.partnershipSlug}`);
		const coordinatorMail = await newestMailTo(s.coordinator.email, { since });
		expect(coordinatorMail.subject).toBe(`Han sido emparejados con ${s.swedish.name} (Suecia)`);
		expect(coordinatorMail.text).toContain(`/es/workspace/partnerships/${result.partnershipSlug}`);

		for (const actor of [s.applicant.actor, s.coordinator.actor]) {
			const mine = await workspacePartnerships(actor, { page: 1, limit: 25 });
			expect(mine.items.map((p) => p.slug)).toContain(result.partnershipSlug);
		}
		const listed = await listMatches(s.staff, s.call.id);
		expect(listed).toEqual([
			expect.objectContaining({
				id: result.matchId,
				applicant: expect.objectContaining({ name: s.swedish.name }),
				partnership: expect.objectContaining({ slug: result.partnershipSlug, phase: 'inception' })
			})
		]);
	});

	it('mails every coordinator of both organisations once, in their own language, with the partner and a link', async () => {
		const s = await setting();
		const [partner] = await db().select().from(organisations).where(eq(organisations.id, s.profile.organisationId));
		const swedishInEnglish = await makeUser({ organisationId: s.swedish.id, role: 'coordinator', locale: 'en' });
		const partnerInSwedish = await makeUser({ organisationId: partner!.id, role: 'coordinator', locale: 'sv' });
		const member = await makeUser({ organisationId: s.swedish.id, role: 'member', locale: 'sv' });
		const since = Date.now();
		const { partnershipSlug } = await acceptMatch(s.staff, {
			callId: s.call.id,
			expressionId: s.expression.id,
			profileId: s.profile.id
		});
		const link = (lang: string) => `${config().publicUrl}/${lang}/workspace/partnerships/${partnershipSlug}`;
		const expected = [
			// The applicant coordinates the Swedish side: this mail, not a second one about the answer's status.
			{ email: s.applicant.email, subject: `Ni har matchats med ${partner!.name} (Colombia)`, lang: 'sv' },
			{ email: swedishInEnglish.email, subject: `You have been matched with ${partner!.name} (Colombia)`, lang: 'en' },
			{ email: s.coordinator.email, subject: `Han sido emparejados con ${s.swedish.name} (Suecia)`, lang: 'es' },
			{ email: partnerInSwedish.email, subject: `Ni har matchats med ${s.swedish.name} (Sverige)`, lang: 'sv' }
		];
		for (const { email, subject, lang } of expected) {
			await newestMailTo(email, { since });
			const mails = mailsTo(email, { since });
			expect(
				mails.map((mail) => mail.subject),
				email
			).toEqual([subject]);
			expect(mails[0]!.text).toContain(link(lang));
			expect(mails[0]!.text).toContain(localize(s.call.title, lang as Locale).text);
		}
		expect(mailsTo(member.email, { since })).toEqual([]);
	});

	it('sends an applicant who is no coordinator the answer’s status mail instead', async () => {
		const s = await setting();
		await db()
			.update(memberships)
			.set({ role: 'member' })
			.where(and(eq(memberships.userId, s.applicant.id), eq(memberships.organisationId, s.swedish.id)));
		const since = Date.now();
		await acceptMatch(s.staff, { callId: s.call.id, expressionId: s.expression.id, profileId: s.profile.id });
		await newestMailTo(s.applicant.email, { since });
		const mails = mailsTo(s.applicant.email, { since });
		expect(mails).toHaveLength(1);
		// In the language the answer was written in, with the answer's link.
		expect(mails[0]!.subject).toContain('Matched');
		expect(mails[0]!.text).toContain(`/en/workspace/applications/${s.expression.id}`);
	});

	it('mails the profile’s author when its organisation has no coordinator', async () => {
		const s = await setting();
		const author = await makeUser({ locale: 'en' });
		const profile = await makeProfile(s.call.id, { themeId: s.theme.id, createdByUserId: author.id });
		const since = Date.now();
		await acceptMatch(s.staff, { callId: s.call.id, expressionId: s.expression.id, profileId: profile.id });
		expect((await newestMailTo(author.email, { since })).subject).toBe(
			`You have been matched with ${s.swedish.name} (Sweden)`
		);
	});

	it('lets only one of two concurrent accepts take the last place of a profile', async ({ skip }) => {
		await readyToRace(skip);
		const s = await setting({ maxMatches: 1 });
		const { expression: second } = await makeExpression(s.call.id, { themeId: s.theme.id });
		await refreshStaleConcepts(db(), s.call.id); // else refreshing them, an update, serialises the two
		const before = await db().$count(partnerships);
		const results = await Promise.allSettled(
			[s.expression, second].map((e) =>
				acceptMatch(s.staff, { callId: s.call.id, expressionId: e.id, profileId: s.profile.id })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const [failed] = results.filter((r) => r.status === 'rejected');
		expect(failed!.reason).toBeInstanceOf(AppError);
		expect((failed!.reason as AppError).code).toBe('conflict');
		expect(await db().$count(matches, eq(matches.profileId, s.profile.id))).toBe(1);
		expect(await db().$count(partnerships)).toBe(before + 1);
		const statuses = await db()
			.select({ status: expressionsOfInterest.status })
			.from(expressionsOfInterest)
			.where(eq(expressionsOfInterest.callId, s.call.id));
		expect(statuses.map((r) => r.status).sort()).toEqual(['matched', 'submitted']);
	});

	it('lets a profile with room for two take two applicants', async () => {
		const s = await setting({ maxMatches: 2 });
		const { expression: second } = await makeExpression(s.call.id, { themeId: s.theme.id });
		const results = await Promise.allSettled(
			[s.expression, second].map((e) =>
				acceptMatch(s.staff, { callId: s.call.id, expressionId: e.id, profileId: s.profile.id })
			)
		);
		expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
	});

	it('matches one answer once, even when two profiles are accepted for it at the same time', async ({ skip }) => {
		await readyToRace(skip);
		const s = await setting();
		const other = await makeProfile(s.call.id, { themeId: s.theme.id });
		await refreshStaleConcepts(db(), s.call.id); // else refreshing them, an update, serialises the two
		const results = await Promise.allSettled(
			[s.profile, other].map((p) =>
				acceptMatch(s.staff, { callId: s.call.id, expressionId: s.expression.id, profileId: p.id })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const [failed] = results.filter((r) => r.status === 'rejected');
		expect((failed!.reason as AppError).code).toBe('conflict');
		expect(await db().$count(matches, eq(matches.expressionId, s.expression.id))).toBe(1);
		// A later try says so too.
		const again = await rejection(
			acceptMatch(s.staff, { callId: s.call.id, expressionId: s.expression.id, profileId: other.id })
		);
		expect(again.code).toBe('conflict');
	});

	it('refuses a withdrawn answer, a non-Swedish applicant, an unpublished profile and others’ ids', async () => {
		const s = await setting();
		const { expression: withdrawn } = await makeExpression(s.call.id, { status: 'withdrawn' });
		const withdrawnError = await rejection(
			acceptMatch(s.staff, { callId: s.call.id, expressionId: withdrawn.id, profileId: s.profile.id })
		);
		expect(withdrawnError.code).toBe('conflict');
		expect(withdrawnError.message).toMatch(/withdrawn|återkallad|Återkallad|retirada/i);

		const foreign = await makeOrganisation({ countryCode: 'ZA', name: `Municipality ${crypto.randomUUID()}` });
		const { expression: notSwedish } = await makeExpression(s.call.id, { organisationId: foreign.id });
		const foreignError = await rejection(
			acceptMatch(s.staff, { callId: s.call.id, expressionId: notSwedish.id, profileId: s.profile.id })
		);
		expect(foreignError.code).toBe('invalid');
		expect(foreignError.fieldErrors._form).toMatch(/svensk/);

		const draft = await makeProfile(s.call.id, { status: 'draft' });
		expect(
			(await rejection(acceptMatch(s.staff, { callId: s.call.id, expressionId: s.expression.id, profileId: draft.id })))
				.code
		).toBe('conflict');

		const elsewhere = await makeCall();
		const strange = await makeProfile(elsewhere.id);
		const strangeError = await rejection(
			acceptMatch(s.staff, { callId: s.call.id, expressionId: s.expression.id, profileId: strange.id })
		);
		expect(strangeError.fieldErrors.profileId).toBeTruthy();
		expect(await db().$count(matches, eq(matches.callId, s.call.id))).toBe(0);
	});

	it('refuses matching in a call that is not a partner search', async () => {
		const call = await makeCall({ kind: 'network_recruitment' });
		const { expression } = await makeExpression(call.id);
		const profile = await makeProfile(call.id);
		const officer = await makeUser({ staff: true });
		const error = await rejection(
			acceptMatch(officer.actor, { callId: call.id, expressionId: expression.id, profileId: profile.id })
		);
		expect(error.fieldErrors._form).toBeTruthy();
	});

	it('answers “not found” to anyone but staff', async () => {
		const s = await setting();
		for (const actor of [s.applicant.actor, s.coordinator.actor]) {
			const error = await rejection(
				acceptMatch(actor, { callId: s.call.id, expressionId: s.expression.id, profileId: s.profile.id })
			);
			expect(error.code).toBe('not_found');
			expect((await rejection(listMatches(actor, s.call.id))).code).toBe('not_found');
		}
		expect(await db().$count(matches, eq(matches.callId, s.call.id))).toBe(0);
	});
});

describe('the matchmaking API', () => {
	it('suggests, assigns and accepts for staff only, and answers a second accept with 409', async () => {
		const s = await setting();
		const params = { id: s.call.id };
		const path = `/api/v1/calls/${s.call.id}`;

		expect((await api(suggestionsGET, 'GET', `${path}/suggestions`, { params })).status).toBe(401);
		expect((await api(suggestionsGET, 'GET', `${path}/suggestions`, { params, actor: s.applicant.actor })).status).toBe(
			404
		);
		const badLimit = `${path}/suggestions?limit=many`;
		expect((await api(suggestionsGET, 'GET', badLimit, { params, actor: s.coordinator.actor })).status).toBe(404);
		const invalidQuery = await api(suggestionsGET, 'GET', badLimit, { params, actor: s.staff });
		expect(invalidQuery.status).toBe(400);
		expect(Object.keys((invalidQuery.body.error as { parameters: object }).parameters)).toEqual(['limit']);
		const suggestions = await api(suggestionsGET, 'GET', `${path}/suggestions?expression=${s.expression.id}`, {
			params,
			actor: s.staff
		});
		expect(suggestions.status).toBe(200);
		suggestionsDocumentSchema.parse(suggestions.body);
		const data = suggestions.body.data as {
			suggestions: { expressionId: string; profileId: string; total: number; parts: { explanation: string }[] }[];
		};
		expect(data.suggestions[0]).toMatchObject({ expressionId: s.expression.id, profileId: s.profile.id });
		expect(data.suggestions[0]!.parts.every((p) => typeof p.explanation === 'string' && p.explanation)).toBe(true);

		const assignment = await api(assignmentGET, 'GET', `${path}/assignment`, { params, actor: s.staff });
		expect(assignment.status).toBe(200);
		assignmentDocumentSchema.parse(assignment.body);
		expect((assignment.body.data as { assignment: { pairs: unknown[] } }).assignment.pairs).toHaveLength(1);
		expect((await api(assignmentGET, 'GET', `${path}/assignment`, { params, actor: s.coordinator.actor })).status).toBe(
			404
		);

		const body = { expressionId: s.expression.id, profileId: s.profile.id };
		expect((await api(matchesPOST, 'POST', `${path}/matches`, { params, body })).status).toBe(401);
		expect(
			(await api(matchesPOST, 'POST', `${path}/matches`, { params, body, actor: s.coordinator.actor })).status
		).toBe(404);
		const invalid = await api(matchesPOST, 'POST', `${path}/matches`, { params, body: {}, actor: s.staff });
		expect(invalid.status).toBe(400);
		expect(Object.keys((invalid.body.error as { fields: object }).fields).sort()).toEqual([
			'expressionId',
			'profileId'
		]);

		const created = await api(matchesPOST, 'POST', `${path}/matches`, { params, body, actor: s.staff });
		expect(created.status).toBe(201);
		createdMatchSchema.parse(created.body);
		const accepted = created.body.data as { matchId: string; partnershipId: string; partnershipSlug: string };
		expect(accepted).toEqual({
			matchId: expect.any(String),
			partnershipId: expect.any(String),
			partnershipSlug: expect.any(String)
		});
		const again = await api(matchesPOST, 'POST', `${path}/matches`, { params, body, actor: s.staff });
		expect(again.status).toBe(409);
		expect((again.body.error as { code: string }).code).toBe('conflict');

		const listed = await api(matchesGET, 'GET', `${path}/matches`, { params, actor: s.staff });
		expect(listed.status).toBe(200);
		acceptedMatchListSchema.parse(listed.body);
		expect((listed.body.data as { id: string }[]).map((row) => row.id)).toEqual([accepted.matchId]);
		expect((await api(matchesGET, 'GET', `${path}/matches`, { params, actor: s.applicant.actor })).status).toBe(404);
		expect(
			(await api(matchesGET, 'GET', '/api/v1/calls/nope/matches', { params: { id: 'nope' }, actor: s.staff })).status
		).toBe(404);
	});
});
