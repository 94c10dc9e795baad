import { AsyncLocalStorage } from 'node:async_hooks';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db/client';
import {
	auditEvents,
	expressionStatusChanges,
	expressionsOfInterest,
	memberships,
	organisations,
	users
} from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { getExpression, listExpressions } from '$lib/server/domain/expressions/queries';
import { answerLimits, registerAndAnswer } from '$lib/server/domain/expressions/register-and-answer';
import { limitKey, take } from '$lib/server/domain/security/rate-limit';
import type { VisitorInput } from '$lib/server/domain/expressions/schemas';
import { saveDraft, updateExpression } from '$lib/server/domain/expressions/save-draft';
import { submitExpression, submitExpressionById } from '$lib/server/domain/expressions/submit-expression';
import { verifyEmail } from '$lib/server/domain/expressions/verify-email';
import { withdrawExpression } from '$lib/server/domain/expressions/withdraw-expression';
import { hashInvitationToken } from '$lib/server/domain/invitations/tokens';
import { expressionDocumentSchema, expressionListSchema } from '$lib/server/domain/expressions/api/schemas';
import { AppError } from '$lib/server/errors';
import { formatDateTime } from '$lib/time';
import { GET as listApi } from '../../src/routes/api/v1/expressions/+server';
import { GET as getApi, PATCH as patchApi } from '../../src/routes/api/v1/expressions/[id]/+server';
import { POST as submitApi } from '../../src/routes/api/v1/expressions/[id]/submit/+server';
import { POST as withdrawApi } from '../../src/routes/api/v1/expressions/[id]/withdraw/+server';
import { POST as createApi } from '../../src/routes/api/v1/calls/[id]/expressions/+server';
import { makeOrganisation, makeTheme, makeUser, staff } from '../factories';
import { makeCall, makeExpression } from '../factories/calls';
import { mailsTo, newestMailTo } from '../e2e/support/outbox';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';

const test = useTestDatabase();
// Each visitor comes from an address of their own: answers and links are limited per address.
let visitorCount = 0;
const fromVisitor = () => ({ address: `192.0.2.${++visitorCount}` });
const DAY = 86_400_000;

// Use cases read the request's language from Paraglide's per-request store, as the hooks set it.
const requests = new AsyncLocalStorage<{ locale?: 'sv' | 'en' | 'es' }>();
const inLanguage = <T>(locale: 'sv' | 'en' | 'es', run: () => Promise<T>) => requests.run({ locale }, run);

beforeAll(() => {
	process.env.E2E_DATA_DIR = test.dataDir;
	overwriteServerAsyncLocalStorage(requests);
});
afterAll(() => overwriteServerAsyncLocalStorage(undefined));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function coordinatorOf(
	overrides: Parameters<typeof makeOrganisation>[0] = {},
	locale: 'sv' | 'en' | 'es' = 'sv'
) {
	const organisation = await makeOrganisation(overrides);
	const person = await makeUser({ organisationId: organisation.id, role: 'coordinator', locale });
	return { organisation, ...person };
}

const complete = (themeId: string) => ({
	answers: { motivation: 'Vi vill arbeta med trygghet i offentliga miljöer.' },
	confirmations: ['workshops'],
	challenge: { sv: 'Att förebygga våld i nära relationer.' },
	themeId,
	preferredCountryCodes: ['CO'],
	languages: ['sv', 'en']
});

describe('a coordinator answers a call', () => {
	it('saves a draft, refuses an incomplete submission field by field, then submits with a receipt in English', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const { organisation, actor, email } = await coordinatorOf({}, 'en');
		const draft = await saveDraft(actor, call.id, {
			organisationId: organisation.id,
			answers: { motivation: '  ', unknown: 'dropped' },
			confirmations: ['nope'],
			challenge: { sv: 'Första utkastet' }
		});
		expect(draft).toMatchObject({ status: 'draft', created: true });
		const [row] = await db().select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, draft.id));
		expect(row!.answers).toEqual({});
		expect(row!.confirmations).toEqual([]);
		expect(row!.applicantUserId).toBe(actor.userId);

		const incomplete = await rejection(inLanguage('en', () => submitExpressionById(actor, draft.id)));
		expect(incomplete.code).toBe('invalid');
		// "Första utkastet" names no challenge area and none was chosen: matching would have nothing to compare.
		expect(Object.keys(incomplete.fieldErrors).sort()).toEqual([
			'answers.motivation',
			'challengeAreas',
			'confirmations.workshops',
			'themeId'
		]);
		expect(incomplete.fieldErrors['answers.motivation']).toMatch(/answered before you submit/);
		const still = await getExpression(actor, draft.id);
		expect(still.status).toBe('draft');

		const since = Date.now();
		const submitted = await inLanguage('en', () => submitExpression(actor, call.id, complete(theme.id)));
		expect(submitted).toMatchObject({ id: draft.id, status: 'submitted', created: false });
		const detail = await getExpression(actor, draft.id);
		expect(detail).toMatchObject({ status: 'submitted', locale: 'en', mayEdit: false, mayWithdraw: true });
		expect(detail.submittedAt).toBeInstanceOf(Date);
		expect(detail.timeline.map((t) => [t.fromStatus, t.toStatus])).toEqual([['draft', 'submitted']]);
		expect(detail.conceptsVersion).toBeNull();
		const receipt = await newestMailTo(email, { since });
		expect(receipt.subject).toContain('Municipalities seek a Swedish partner');
		expect(receipt.text).toContain(`/en/workspace/applications/${draft.id}`);
		// When it arrived, on the programme's clock with the zone named, as every page shows a time.
		expect(receipt.text).toContain(`on ${formatDateTime(detail.submittedAt!, 'en')}.`);
		expect(receipt.text).toContain('(Central European Time)');

		const again = await rejection(saveDraft(actor, call.id, { organisationId: organisation.id }));
		expect(again.code).toBe('conflict');
		const audits = await db()
			.select({ action: auditEvents.action })
			.from(auditEvents)
			.where(eq(auditEvents.subjectId, draft.id));
		expect(audits.map((a) => a.action).sort()).toEqual([
			'expression.created',
			'expression.status_changed',
			'expression.updated'
		]);
	});

	it('refuses a closed call, an upcoming one, and a draft once its call has closed', async () => {
		const { organisation, actor } = await coordinatorOf();
		const closed = await makeCall({ opensAt: new Date(Date.now() - 10 * DAY), closesAt: new Date(Date.now() - DAY) });
		expect((await rejection(saveDraft(actor, closed.id, { organisationId: organisation.id }))).code).toBe('conflict');
		const upcoming = await makeCall({ opensAt: new Date(Date.now() + DAY), closesAt: new Date(Date.now() + 10 * DAY) });
		expect((await rejection(saveDraft(actor, upcoming.id, { organisationId: organisation.id }))).code).toBe('conflict');

		const { expression } = await makeExpression(closed.id, {
			organisationId: organisation.id,
			status: 'draft',
			applicantUserId: actor.userId
		});
		const late = await rejection(submitExpressionById(actor, expression.id));
		expect(late.code).toBe('conflict');
		expect(late.message).toMatch(/stängt|closed/);
	});

	it('refuses an ineligible organisation, a member who is not a coordinator, and an organisation of someone else', async () => {
		const call = await makeCall();
		const abroad = await coordinatorOf({ countryCode: 'CO', name: `Municipio ${Date.now()}` });
		const ineligible = await rejection(saveDraft(abroad.actor, call.id, { organisationId: abroad.organisation.id }));
		expect(ineligible.fieldErrors.organisationId).toBeTruthy();
		const university = await coordinatorOf({ kind: 'university', name: `Universitet ${Date.now()}` });
		expect(
			(await rejection(saveDraft(university.actor, call.id, { organisationId: university.organisation.id })))
				.fieldErrors.organisationId
		).toBeTruthy();

		const organisation = await makeOrganisation();
		const member = await makeUser({ organisationId: organisation.id, role: 'member' });
		expect((await rejection(saveDraft(member.actor, call.id, { organisationId: organisation.id }))).code).toBe(
			'forbidden'
		);
		const stranger = await coordinatorOf();
		expect(
			(await rejection(saveDraft(stranger.actor, call.id, { organisationId: organisation.id }))).fieldErrors
				.organisationId
		).toBeTruthy();
	});

	it('hides an answer from another organisation and lets staff see it, without reviews', async () => {
		const call = await makeCall();
		const { expression, applicant } = await makeExpression(call.id);
		const other = await coordinatorOf();
		expect((await rejection(getExpression(other.actor, expression.id))).code).toBe('not_found');
		expect((await rejection(withdrawExpression(other.actor, expression.id))).code).toBe('not_found');
		expect((await rejection(updateExpression(other.actor, expression.id, {}))).code).toBe('not_found');
		const seen = await getExpression(staff, expression.id);
		expect(seen.id).toBe(expression.id);
		expect(seen).not.toHaveProperty('reviews');
		const mine = await listExpressions(applicant.actor);
		expect(mine.items.map((i) => i.id)).toEqual([expression.id]);
		expect((await listExpressions(other.actor)).items).toEqual([]);
	});

	it('withdraws with a reason, recorded in the timeline; a withdrawn answer cannot be withdrawn again', async () => {
		const call = await makeCall();
		const { expression, applicant } = await makeExpression(call.id);
		const coordinator = await makeUser({ organisationId: expression.organisationId!, role: 'coordinator' });
		await withdrawExpression(coordinator.actor, expression.id, { reason: 'Vi har inte resurser i år.' });
		const detail = await getExpression(applicant.actor, expression.id);
		expect(detail.status).toBe('withdrawn');
		expect(detail.timeline.at(-1)).toMatchObject({ toStatus: 'withdrawn', reason: 'Vi har inte resurser i år.' });
		expect((await rejection(withdrawExpression(applicant.actor, expression.id))).fieldErrors.status).toBeTruthy();
	});

	it('clears the matchmaking concepts only when the challenge changes', async () => {
		const call = await makeCall();
		const { organisation, actor } = await coordinatorOf();
		const { id } = await saveDraft(actor, call.id, {
			organisationId: organisation.id,
			challenge: { sv: 'Ungas inflytande' }
		});
		await db()
			.update(expressionsOfInterest)
			.set({ concepts: ['youth'], conceptsVersion: 'v1' })
			.where(eq(expressionsOfInterest.id, id));
		await updateExpression(actor, id, { languages: ['sv'] });
		const [kept] = await db().select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, id));
		expect(kept!.conceptsVersion).toBe('v1');
		expect(kept!.challenge).toEqual({ sv: 'Ungas inflytande' });
		await updateExpression(actor, id, { challenge: { sv: 'Ungas delaktighet i skolan' } });
		const [changed] = await db().select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, id));
		expect(changed!.conceptsVersion).toBeNull();
		expect(changed!.concepts).toEqual([]);
	});
});

function tokenFrom(text: string): string {
	const token = text.match(/\/verify-email\/([A-Za-z0-9_-]{43})/)?.[1];
	if (!token) throw new Error(`no verification link in:\n${text}`);
	return token;
}

const visitor = (themeId: string, overrides: Partial<VisitorInput> = {}) =>
	({
		name: 'Karin Visitor',
		email: `visitor-${Math.random().toString(36).slice(2, 9)}@example.org`,
		password: 'ett-långt-lösenord',
		confirm: 'ett-långt-lösenord',
		organisation: {
			name: `Nykommun ${Math.random().toString(36).slice(2, 7)}`,
			countryCode: 'SE',
			kind: 'municipality' as const,
			population: '12000'
		},
		...complete(themeId),
		submit: true,
		locale: 'es' as const,
		...overrides
	}) satisfies VisitorInput;

describe('a visitor answers and verifies their e-mail', () => {
	it('creates the account, the organisation with them as coordinator, and submits, by the mailed link', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const input = visitor(theme.id);
		const since = Date.now();
		const registered = await registerAndAnswer(call.slug, input, fromVisitor());
		expect(registered.mailed).toBe(true);
		const [waiting] = await db()
			.select()
			.from(expressionsOfInterest)
			.where(eq(expressionsOfInterest.id, registered.id!));
		expect(waiting!.organisationId).toBeNull();
		expect(JSON.stringify(waiting!.registration)).not.toContain(input.password);
		const mail = await newestMailTo(input.email, { since });
		expect(mail.subject).toMatch(/Confirme/);
		expect(mail.text).toContain('/es/verify-email/');
		const token = tokenFrom(mail.text);
		expect(waiting!.verificationTokenHash).toBe(hashInvitationToken(token));

		const verified = await verifyEmail(token, fromVisitor());
		expect(verified).toMatchObject({ member: true, submitted: true, email: input.email });
		const [user] = await db().select().from(users).where(eq(users.id, verified.userId));
		expect(user).toMatchObject({ emailVerified: true, locale: 'es', name: 'Karin Visitor' });
		const [organisation] = await db()
			.select()
			.from(organisations)
			.where(eq(organisations.name, input.organisation.name));
		expect(organisation).toMatchObject({ countryCode: 'SE', kind: 'municipality', population: 12000 });
		const roles = await db().select().from(memberships).where(eq(memberships.userId, verified.userId));
		expect(roles).toEqual([expect.objectContaining({ organisationId: organisation!.id, role: 'coordinator' })]);
		const [filed] = await db().select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, registered.id!));
		expect(filed).toMatchObject({
			organisationId: organisation!.id,
			applicantUserId: verified.userId,
			status: 'submitted',
			registration: null,
			verificationTokenHash: null
		});
		expect((await newestMailTo(input.email, { since: Date.now() - 2000 })).text).toContain(
			`/es/workspace/applications/${registered.id}`
		);

		const used = await rejection(verifyEmail(token, fromVisitor()));
		expect(used.fieldErrors._form).toBeTruthy();
	});

	it('offers an organisation with the same name and country instead of duplicating it, and files the answer without membership', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const existing = await makeOrganisation({ name: 'Piteå kommun' });
		const input = visitor(theme.id, {
			organisation: { name: '  PITEÅ KOMMUN ', countryCode: 'SE', kind: 'municipality' as const },
			submit: false
		});
		const offered = await rejection(registerAndAnswer(call.slug, input, fromVisitor()));
		expect(offered.fieldErrors['organisation.name']).toContain('Piteå kommun');

		const since = Date.now();
		const registered = await registerAndAnswer(
			call.slug,
			{ ...input, useExisting: 'on', existingOrganisationId: existing.id },
			fromVisitor()
		);
		const verified = await verifyEmail(tokenFrom((await newestMailTo(input.email, { since })).text), fromVisitor());
		expect(verified).toMatchObject({ member: false, submitted: false, organisation: 'Piteå kommun' });
		const [{ n }] = (await db()
			.select({ n: sql<number>`count(*)::int` })
			.from(organisations)
			.where(sql`lower(${organisations.name}) = 'piteå kommun'`)) as [{ n: number }];
		expect(n).toBe(1);
		expect(await db().select().from(memberships).where(eq(memberships.userId, verified.userId))).toEqual([]);
		const actor: Actor = { userId: verified.userId, isStaff: false, memberships: [] };
		const detail = await getExpression(actor, registered.id!);
		expect(detail).toMatchObject({ status: 'draft', mayEdit: true });
		expect(detail.organisation.id).toBe(existing.id);
	});

	it('answers an e-mail that has an account exactly like a new one, keeps nothing, and mails its owner to sign in', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const known = await makeUser({ locale: 'en' });
		const since = Date.now();
		const answered = await registerAndAnswer(
			call.slug,
			visitor(theme.id, { email: known.email.toUpperCase(), locale: 'en' }),
			fromVisitor()
		);
		expect(answered).toEqual({ id: null, email: known.email, mailed: true });
		const mail = await newestMailTo(known.email, { since });
		expect(mail.text).toContain(`/en/calls/${call.slug}/answer`);
		expect(mail.text).toContain('/en/forgot-password');
		expect(mail.text).not.toMatch(/verify-email/);
		const kept = await db()
			.select({ id: expressionsOfInterest.id })
			.from(expressionsOfInterest)
			.where(eq(expressionsOfInterest.callId, call.id));
		expect(kept).toEqual([]);
	});

	it('sends at most 3 mails an hour to one e-mail, however many answers come at once, and limits each address', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const input = visitor(theme.id);
		const since = Date.now();
		const settled = await Promise.allSettled(
			Array.from({ length: 25 }, () =>
				registerAndAnswer(call.slug, visitor(theme.id, { email: input.email }), fromVisitor())
			)
		);
		expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(answerLimits.email.max);
		const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as AppError] : []));
		expect(refused).toHaveLength(22);
		expect(refused.every((e) => e.code === 'rate_limited' && e.retryAfterSeconds! > 59 * 60)).toBe(true);
		await newestMailTo(input.email, { since });
		expect(mailsTo(input.email, { since })).toHaveLength(3);

		const crowded = fromVisitor();
		for (let i = 0; i < answerLimits.address.max - 1; i++)
			await take([{ key: limitKey('answer', 'address', crowded.address), ...answerLimits.address }]);
		await registerAndAnswer(call.slug, visitor(theme.id), crowded);
		const limited = await rejection(registerAndAnswer(call.slug, visitor(theme.id), crowded));
		expect(limited.code).toBe('rate_limited');
	});

	it('refuses a link that expired or never was', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const mismatch = await rejection(
			registerAndAnswer(call.slug, visitor(theme.id, { confirm: 'something-else' }), fromVisitor())
		);
		expect(mismatch.fieldErrors.confirm).toBeTruthy();

		const input = visitor(theme.id);
		const since = Date.now();
		const { id } = await registerAndAnswer(call.slug, input, fromVisitor());
		const token = tokenFrom((await newestMailTo(input.email, { since })).text);
		await db()
			.update(expressionsOfInterest)
			.set({ verificationExpiresAt: new Date(Date.now() - 1000) })
			.where(eq(expressionsOfInterest.id, id!));
		expect((await rejection(verifyEmail(token, fromVisitor()))).fieldErrors._form).toMatch(/gått ut|expired/);
		expect((await rejection(verifyEmail('x'.repeat(43), fromVisitor()))).fieldErrors._form).toBeTruthy();
		expect((await rejection(verifyEmail('short', fromVisitor()))).fieldErrors._form).toBeTruthy();
	});

	it('refuses when someone else answered for the organisation while the link waited', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const existing = await makeOrganisation({ name: `Falu kommun ${Date.now()}` });
		const input = visitor(theme.id, {
			organisation: { name: existing.name, countryCode: 'SE', kind: 'municipality' as const },
			useExisting: true,
			existingOrganisationId: existing.id
		});
		const since = Date.now();
		await registerAndAnswer(call.slug, input, fromVisitor());
		await makeExpression(call.id, { organisationId: existing.id });
		const refused = await rejection(
			verifyEmail(tokenFrom((await newestMailTo(input.email, { since })).text), fromVisitor())
		);
		expect(refused.fieldErrors._form).toContain(existing.name);
		const [account] = await db().select().from(users).where(eq(users.email, input.email));
		expect(account).toBeUndefined();
	});
});

describe('the expressions API', () => {
	it('creates, reads, changes, submits and withdraws, with 401, 404 and 400 where they belong', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const { organisation, actor } = await coordinatorOf();
		const other = await coordinatorOf();

		expect((await api(listApi, 'GET', '/api/v1/expressions')).status).toBe(401);
		expect(
			(await api(createApi, 'POST', `/api/v1/calls/${call.id}/expressions`, { body: {}, params: { id: call.id } }))
				.status
		).toBe(401);

		const created = await api(createApi, 'POST', `/api/v1/calls/${call.id}/expressions`, {
			actor,
			params: { id: call.id },
			body: { organisationId: organisation.id, answers: { motivation: 'Därför.' } }
		});
		expect(created.status).toBe(201);
		const data = created.body.data as { id: string; status: string; organisation: { id: string }; mayEdit: boolean };
		expect(data).toMatchObject({ status: 'draft', mayEdit: true, organisation: { id: organisation.id } });
		const path = `/api/v1/expressions/${data.id}`;
		const params = { id: data.id };

		expect((await api(getApi, 'GET', path, { actor: other.actor, params })).status).toBe(404);
		expect((await api(patchApi, 'PATCH', path, { actor: other.actor, params, body: {} })).status).toBe(404);
		expect((await api(getApi, 'GET', '/api/v1/expressions/nope', { actor, params: { id: 'nope' } })).status).toBe(404);

		const incomplete = await api(submitApi, 'POST', `${path}/submit`, { actor, params, body: {} });
		expect(incomplete.status).toBe(400);
		expect(Object.keys((incomplete.body.error as { fields: object }).fields)).toEqual(
			expect.arrayContaining(['confirmations.workshops', 'challenge', 'themeId'])
		);
		const patched = await api(patchApi, 'PATCH', path, {
			actor,
			params,
			body: {
				confirmations: ['workshops'],
				challenge: { en: 'Youth participation in local decisions' },
				themeId: theme.id
			}
		});
		expect(patched.status).toBe(200);
		expect((patched.body.data as { answers: object }).answers).toEqual({ motivation: 'Därför.' });
		const badCountry = await api(patchApi, 'PATCH', path, { actor, params, body: { preferredCountryCodes: ['NO'] } });
		expect(badCountry.status).toBe(400);

		const submitted = await api(submitApi, 'POST', `${path}/submit`, { actor, params, body: {} });
		expect(submitted.status).toBe(200);
		expect((submitted.body.data as { status: string }).status).toBe('submitted');
		expect((await api(patchApi, 'PATCH', path, { actor, params, body: {} })).status).toBe(409);

		expect(() => expressionDocumentSchema.parse(submitted.body)).not.toThrow();
		const mine = await api(listApi, 'GET', '/api/v1/expressions', { actor });
		expect(() => expressionListSchema.parse(mine.body)).not.toThrow();
		expect((mine.body.data as { id: string }[]).map((e) => e.id)).toEqual([data.id]);
		expect(
			((await api(listApi, 'GET', '/api/v1/expressions', { actor: other.actor })).body.data as unknown[]).length
		).toBe(0);
		const staffUser = await makeUser({ staff: true });
		const forCall = await api(listApi, 'GET', `/api/v1/expressions?call=${call.id}`, { actor: staffUser.actor });
		expect((forCall.body.data as { id: string }[]).map((e) => e.id)).toEqual([data.id]);
		expect((await api(listApi, 'GET', '/api/v1/expressions?call=x', { actor })).status).toBe(400);

		const withdrawn = await api(withdrawApi, 'POST', `${path}/withdraw`, {
			actor,
			params,
			body: { reason: 'Ändrade planer' }
		});
		expect(withdrawn.status).toBe(200);
		expect((withdrawn.body.data as { status: string; timeline: unknown[] }).timeline).toHaveLength(2);
		const changes = await db()
			.select()
			.from(expressionStatusChanges)
			.where(eq(expressionStatusChanges.expressionId, data.id));
		expect(changes).toHaveLength(2);
	});

	it('submits at once with `submit: true`', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const { organisation, actor } = await coordinatorOf();
		const created = await api(createApi, 'POST', `/api/v1/calls/${call.id}/expressions`, {
			actor,
			params: { id: call.id },
			body: { organisationId: organisation.id, ...complete(theme.id), submit: true }
		});
		expect(created.status).toBe(201);
		expect((created.body.data as { status: string }).status).toBe('submitted');
	});
});
