import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { auditEvents, calls } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { createCall } from '$lib/server/domain/calls/create-call';
import { publishCall, unpublishCall } from '$lib/server/domain/calls/publish-call';
import {
	getCall,
	getCallForAnswering,
	getCallForStaff,
	getPublishedCall,
	listCallsForStaff,
	listPublishedCalls
} from '$lib/server/domain/calls/queries';
import type { CallInput } from '$lib/server/domain/calls/schemas';
import { updateCall } from '$lib/server/domain/calls/update-call';
import { callDocumentSchema, callPageSchema } from '$lib/server/domain/calls/api/schemas';
import { POST as publishHandler } from '../../src/routes/api/v1/calls/[id]/publish/+server';
import { GET as getHandler, PATCH as patchHandler } from '../../src/routes/api/v1/calls/[id]/+server';
import { GET as listHandler, POST as createHandler } from '../../src/routes/api/v1/calls/+server';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { makeNetwork, makeOrganisation, makeProgramme, makeUser, staff } from '../factories';
import {
	DEMO_NETWORK_RECRUITMENT_SLUG,
	DEMO_PARTNER_SEARCH_SLUG,
	DEMO_TRAINING_SLUG,
	seedCallsDemo
} from '$lib/server/seed/demo-calls';
import { api } from '../setup/api';
import { appError, fieldErrors } from '../setup/errors';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

const DAY = 86_400_000;

async function validInput(overrides: Partial<CallInput> = {}): Promise<CallInput> {
	return {
		programmeId: overrides.programmeId ?? (await makeProgramme()).id,
		kind: 'partner_search',
		title: { sv: 'Kommuner i Colombia söker svensk partner', en: 'Municipalities in Colombia seek a Swedish partner' },
		body: { en: 'About the call' },
		opensAt: '2027-01-10T09:00',
		closesAt: '2027-02-15T23:59',
		eligibleCountryCodes: ['se'],
		eligibleOrganisationKinds: ['municipality', 'region'],
		requirements: [{ text: { sv: 'Kan delta i två workshoppar' } }],
		questions: [{ label: { en: 'Why?' }, help: {}, required: true, long: true }],
		criteria: [{ id: 'anchoring', label: { en: 'Political anchoring' } }, { label: { en: 'Capacity' } }],
		...overrides
	};
}

describe('createCall', () => {
	it('creates an unpublished call with a slug from the title, Stockholm times and new item ids', async () => {
		const call = await createCall(staff, await validInput());
		expect(call.slug).toMatch(/^kommuner-i-colombia-soker-svensk-partner/);
		expect(call.publishedAt).toBeNull();
		expect(call.opensAt.toISOString()).toBe('2027-01-10T08:00:00.000Z');
		expect(call.eligibleCountryCodes).toEqual(['SE']);
		expect(call.requirements[0]!.id).toMatch(/^[a-z0-9]{8}$/);
		expect(call.criteria.map((c) => c.id)[0]).toBe('anchoring');
		expect(call.criteria[1]!.id).toMatch(/^[a-z0-9]{8}$/);
		expect(call.questions[0]).toMatchObject({ required: true, long: true, help: {} });
		const [event] = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, call.id));
		expect(event?.action).toBe('call.created');
	});

	it('refuses a closing before the opening, an unknown country, a missing title and bad rows', async () => {
		const errors = await fieldErrors(
			createCall(
				staff,
				await validInput({
					title: { sv: ' ' },
					opensAt: '2027-02-15T10:00',
					closesAt: '2027-02-15T09:00',
					eligibleCountryCodes: ['SE', 'XX'],
					questions: { '0': { label: { en: 'Why?' } }, '1': { label: {} } } as never
				})
			)
		);
		expect(errors.title).toBe(m.validation_translated_required());
		expect(errors['eligibleCountryCodes.1']).toBe(m.validation_country_unknown());
		expect(errors['questions.1.label']).toBe(m.validation_translated_required());
		const dates = await fieldErrors(
			createCall(staff, await validInput({ opensAt: '2027-02-15T10:00', closesAt: '2027-02-15T09:00' }))
		);
		expect(dates.closesAt).toBe(m.calls_error_closes_before_opens());
		const bad = await fieldErrors(createCall(staff, await validInput({ opensAt: 'next week' })));
		expect(bad.opensAt).toBe(m.calls_error_datetime_invalid());
	});

	it('refuses a network of another programme and a taken slug', async () => {
		const input = await validInput();
		const network = await makeNetwork();
		expect((await fieldErrors(createCall(staff, { ...input, networkId: network.id }))).networkId).toBe(
			m.calls_error_network_programme()
		);
		await createCall(staff, { ...input, slug: 'taken-slug' });
		expect((await fieldErrors(createCall(staff, { ...input, slug: 'taken-slug' }))).slug).toBe(
			m.calls_error_slug_taken()
		);
	});

	it('answers not found to anyone but staff', async () => {
		const coordinator = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
		await appError(createCall(coordinator.actor, await validInput()), 'not_found');
		await appError(createCall(anonymous, await validInput()), 'not_found');
	});
});

describe('updateCall', () => {
	it('keeps the ids of items sent back, gives new items new ids and records what changed', async () => {
		const call = await createCall(staff, await validInput());
		const kept = call.questions[0]!;
		const updated = await updateCall(staff, call.id, {
			questions: [
				{ ...kept, label: { en: 'Why do you want to take part?' } },
				{ label: { sv: 'Hur många invånare?' }, required: false, long: false }
			],
			closesAt: '2027-03-01T12:00:00Z'
		});
		expect(updated.questions[0]!.id).toBe(kept.id);
		expect(updated.questions[1]!.id).toMatch(/^[a-z0-9]{8}$/);
		expect(updated.questions[1]!.id).not.toBe(kept.id);
		expect(updated.criteria).toEqual(call.criteria);
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.subjectId, call.id), eq(auditEvents.action, 'call.updated')));
		expect(Object.keys(event!.after as object).sort()).toEqual(['closesAt', 'questions']);
	});

	it('checks the dates against the stored ones and refuses a duplicate item id', async () => {
		const call = await createCall(staff, await validInput());
		expect((await fieldErrors(updateCall(staff, call.id, { opensAt: '2027-03-01T00:00' }))).closesAt).toBe(
			m.calls_error_closes_before_opens()
		);
		const duplicate = await fieldErrors(
			updateCall(staff, call.id, {
				criteria: [
					{ id: 'a', label: { en: 'A' } },
					{ id: 'a', label: { en: 'B' } }
				]
			})
		);
		expect(duplicate['criteria.1.id']).toBe(m.calls_error_item_id());
	});

	it('answers not found to non-staff and for unknown ids', async () => {
		const call = await createCall(staff, await validInput());
		const member = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
		await appError(updateCall(member.actor, call.id, { title: { en: 'Mine' } }), 'not_found');
		await appError(updateCall(staff, 'not-a-uuid', { title: { en: 'Mine' } }), 'not_found');
		await appError(publishCall(member.actor, call.id), 'not_found');
	});
});

describe('publishing and reading', () => {
	it('publishes and unpublishes, with audit events, and only published calls are public', async () => {
		const call = await createCall(staff, await validInput());
		await appError(getPublishedCall(call.slug), 'not_found');
		await appError(getCallForAnswering(call.id), 'not_found');
		expect((await getCall(staff, call.slug)).publishedAt).toBeNull();

		const published = await publishCall(staff, call.id);
		expect(published.publishedAt).toBeInstanceOf(Date);
		const detail = await getPublishedCall(call.slug, new Date('2027-01-20T00:00:00Z'));
		expect(detail.state).toBe('open');
		expect((await getCallForAnswering(call.id)).slug).toBe(call.slug);
		expect((await getCallForAnswering(call.slug)).questions).toEqual(call.questions);

		await unpublishCall(staff, call.id);
		await appError(getPublishedCall(call.slug), 'not_found');
		const actions = await db()
			.select({ action: auditEvents.action })
			.from(auditEvents)
			.where(eq(auditEvents.subjectId, call.id));
		expect(actions.map((a) => a.action).sort()).toEqual(['call.created', 'call.published', 'call.unpublished']);
	});

	it('lists published calls, open and upcoming first, closed ones last and marked, by kind', async () => {
		const programmeId = (await makeProgramme()).id;
		const now = Date.now();
		const closed = await makeCall({ programmeId, opensAt: new Date(now - 60 * DAY), closesAt: new Date(now - DAY) });
		const late = await makeCall({ programmeId, closesAt: new Date(now + 40 * DAY) });
		const soon = await makeCall({ programmeId, closesAt: new Date(now + 5 * DAY) });
		const upcoming = await makeCall({
			programmeId,
			kind: 'training_programme',
			opensAt: new Date(now + 10 * DAY),
			closesAt: new Date(now + 20 * DAY)
		});
		const hidden = await makeCall({ programmeId, publishedAt: null });

		const list = await listPublishedCalls({ page: 1, limit: 100 });
		const slugs = list.items.map((c) => c.slug);
		expect(slugs).not.toContain(hidden.slug);
		const mine = slugs.filter((s) => [closed, late, soon, upcoming].some((c) => c.slug === s));
		expect(mine).toEqual([soon.slug, upcoming.slug, late.slug, closed.slug]);
		const states = Object.fromEntries(list.items.map((c) => [c.slug, c.state]));
		expect(states[closed.slug]).toBe('closed');
		expect(states[upcoming.slug]).toBe('upcoming');
		expect(states[soon.slug]).toBe('open');

		const training = await listPublishedCalls({ kind: 'training_programme', page: 1, limit: 100 });
		expect(training.items.map((c) => c.slug)).toContain(upcoming.slug);
		expect(training.items.every((c) => c.kind === 'training_programme')).toBe(true);

		const paged = await listPublishedCalls({ page: 2, limit: 1 });
		expect(paged.items).toHaveLength(1);
		expect(paged.total).toBe(list.total);
	});

	it('gives staff every call with answers per status and profiles', async () => {
		const call = await makeCall({ publishedAt: null });
		await makeExpression(call.id, { status: 'submitted' });
		await makeExpression(call.id, { status: 'shortlisted' });
		await makeProfile(call.id);
		const list = await listCallsForStaff(staff, { page: 1, limit: 100 });
		const row = list.items.find((c) => c.id === call.id)!;
		expect(row.answers).toMatchObject({ submitted: 1, shortlisted: 1, draft: 0, total: 2 });
		expect(row.profileCount).toBe(1);
		const detail = await getCallForStaff(staff, call.id);
		expect(detail.answers.total).toBe(2);
		const member = await makeUser();
		await appError(listCallsForStaff(member.actor, { page: 1, limit: 10 }), 'not_found');
		await appError(getCallForStaff(member.actor, call.id), 'not_found');
	});
});

describe('/api/v1/calls', () => {
	it('creates, changes, publishes and reads a call', async () => {
		const body = { ...(await validInput()), opensAt: '2026-01-01T00:00:00Z', closesAt: '2099-01-01T00:00:00Z' };
		const anonymousPost = await api(createHandler, 'POST', '/api/v1/calls', { body });
		expect(anonymousPost.status).toBe(401);
		const member = await makeUser();
		const admin = (await makeUser({ staff: true })).actor;
		expect((await api(createHandler, 'POST', '/api/v1/calls', { actor: member.actor, body })).status).toBe(404);
		const invalid = await api(createHandler, 'POST', '/api/v1/calls', {
			actor: admin,
			body: { ...body, closesAt: '2025-01-01T00:00:00Z' }
		});
		expect(invalid.status).toBe(400);
		expect((invalid.body.error as { fields: Record<string, string> }).fields.closesAt).toBe(
			m.calls_error_closes_before_opens()
		);

		const created = await api(createHandler, 'POST', '/api/v1/calls', { actor: admin, body });
		expect(created.status).toBe(201);
		const call = callDocumentSchema.parse(created.body).data;
		expect(call.state).toBe('open');
		const params = { id: call.id };

		expect((await api(getHandler, 'GET', `/api/v1/calls/${call.slug}`, { params: { id: call.slug } })).status).toBe(
			404
		);
		expect((await api(getHandler, 'GET', `/api/v1/calls/${call.id}`, { actor: admin, params })).status).toBe(200);

		const patched = await api(patchHandler, 'PATCH', `/api/v1/calls/${call.id}`, {
			actor: admin,
			params,
			body: { criteria: [call.criteria[0], { label: { es: 'Relevancia' } }] }
		});
		expect(patched.status).toBe(200);
		const after = callDocumentSchema.parse(patched.body).data;
		expect(after.criteria[0]!.id).toBe(call.criteria[0]!.id);
		expect(after.criteria).toHaveLength(2);

		expect(
			(await api(publishHandler, 'POST', `/api/v1/calls/${call.id}/publish`, { actor: member.actor, params })).status
		).toBe(404);
		const published = await api(publishHandler, 'POST', `/api/v1/calls/${call.id}/publish`, { actor: admin, params });
		expect(published.status).toBe(200);

		const read = await api(getHandler, 'GET', `/api/v1/calls/${call.slug}`, { params: { id: call.slug } });
		expect(read.status).toBe(200);
		expect(callDocumentSchema.parse(read.body).data.questions).toEqual(call.questions);

		const list = await api(listHandler, 'GET', '/api/v1/calls?kind=partner_search&limit=100');
		expect(list.status).toBe(200);
		expect(callPageSchema.parse(list.body).data.map((c) => c.id)).toContain(call.id);
		const badKind = await api(listHandler, 'GET', '/api/v1/calls?kind=party');
		expect(badKind.status).toBe(400);
		expect(Object.keys((badKind.body.error as { parameters: object }).parameters)).toEqual(['kind']);

		const missing = await api(patchHandler, 'PATCH', '/api/v1/calls/x', {
			actor: admin,
			params: { id: '00000000-0000-4000-8000-000000000000' },
			body: { title: { en: 'X' } }
		});
		expect(missing.status).toBe(404);
		const stored = await db().select({ slug: calls.slug }).from(calls).where(eq(calls.id, call.id));
		expect(stored[0]!.slug).toBe(call.slug);
	});

	it('answers reads uncached', async () => {
		const call = await makeCall();
		const url = new URL(`http://localhost/api/v1/calls/${call.slug}`);
		const response = await getHandler({
			url,
			params: { id: call.slug },
			request: new Request(url),
			locals: { requestId: 't', actor: anonymous }
		} as never);
		expect(response.headers.get('cache-control')).toBe('no-store');
	});
});

describe('seedCallsDemo', () => {
	it('publishes an open partner search, a closed network recruitment and an upcoming training programme', async () => {
		const programmeId = (await makeProgramme()).id;
		const network = await makeNetwork({ programmeId });
		// Dated from the day it is loaded: ten weeks from 23 November 2026 is 1 February 2027.
		const now = new Date('2026-11-23T12:00:00Z');
		const ids = await seedCallsDemo(staff, { programmeId, genderEqualityNetworkId: network.id }, now);
		const search = await getPublishedCall(DEMO_PARTNER_SEARCH_SLUG, now);
		expect(search.state).toBe('open');
		expect(search.requirements).toHaveLength(2);
		expect(search.questions).toHaveLength(3);
		expect(search.criteria.map((c) => c.id)).toEqual(['anchoring', 'capacity', 'relevance']);
		expect(search.closesAt.toISOString()).toBe('2027-02-01T22:59:00.000Z');
		const recruitment = await getPublishedCall(DEMO_NETWORK_RECRUITMENT_SLUG, now);
		expect(recruitment).toMatchObject({ state: 'closed', kind: 'network_recruitment' });
		expect(recruitment.network?.id).toBe(network.id);
		expect((await getPublishedCall(DEMO_TRAINING_SLUG, now)).state).toBe('upcoming');
		expect(ids[DEMO_PARTNER_SEARCH_SLUG]).toBe(search.id);
	});
});
