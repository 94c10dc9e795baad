import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorSchema } from '$lib/server/api/schemas';
import {
	governanceDocumentSchema,
	steeringMemberDocumentSchema,
	steeringMemberListSchema
} from '$lib/server/domain/governance/api/schemas';
import { db } from '$lib/server/db/client';
import { auditEvents, partnershipExecutors, projectGroupMembers, steeringGroupMembers } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { addExecutor } from '$lib/server/domain/governance/add-executor';
import { addProjectMember } from '$lib/server/domain/governance/add-project-member';
import { addSteeringMember } from '$lib/server/domain/governance/add-steering-member';
import { executorCandidates, governanceOf } from '$lib/server/domain/governance/queries';
import { removeExecutor } from '$lib/server/domain/governance/remove-executor';
import { removeSteeringMember } from '$lib/server/domain/governance/remove-steering-member';
import type { SteeringMemberInput } from '$lib/server/domain/governance/schemas';
import { updateExecutor } from '$lib/server/domain/governance/update-executor';
import { updateProjectMember } from '$lib/server/domain/governance/update-project-member';
import { updateSteeringMember } from '$lib/server/domain/governance/update-steering-member';
import { warningsOfPartnership } from '$lib/server/domain/governance/warnings';
import { AppError } from '$lib/server/errors';
import { actions } from '../../src/routes/[lang=lang]/(workspace)/workspace/partnerships/[slug]/governance/+page.server';
import { GET as governanceGET } from '../../src/routes/api/v1/partnerships/[id]/governance/+server';
import {
	DELETE as steeringDELETE,
	PATCH as steeringPATCH
} from '../../src/routes/api/v1/partnerships/[id]/steering-group/[memberId]/+server';
import {
	GET as steeringGET,
	POST as steeringPOST
} from '../../src/routes/api/v1/partnerships/[id]/steering-group/+server';
import { POST as executorsPOST } from '../../src/routes/api/v1/partnerships/[id]/executors/+server';
import { GET as openapiGET } from '../../src/routes/api/v1/openapi.json/+server';
import { makeOrganisation, makePartnership, makeUser, staff } from '../factories';
import { seedGovernanceDemo } from '$lib/server/seed/demo-governance';
import { api as callApi, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { readyToRace } from './concurrent';

useTestDatabase();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
	const error = await refusal(promise);
	expect(error.code).toBe('invalid');
	return error.fieldErrors;
}

/** The API as a party's people call it: `/api/v1/partnerships/{id}/…` with the route's params. */
const api = (
	handler: Handler,
	method: string,
	params: Record<string, string>,
	{ actor, body }: { actor: Actor; body?: unknown }
) => callApi(handler, method, `/api/v1/partnerships/${params.id}`, { actor, body, params });

/** Submits the governance page's form action `name` as a browser would. */
async function submitForm(name: keyof typeof actions, slug: string, actor: Actor, fields: Record<string, string>) {
	const url = new URL(`http://localhost/sv/workspace/partnerships/${slug}/governance?/${name}`);
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.set(key, value);
	const event = {
		url,
		params: { lang: 'sv', slug },
		request: new Request(url, { method: 'POST', body }),
		locals: { requestId: 'test', actor, locale: 'sv' }
	};
	try {
		return await (actions[name] as (e: never) => Promise<unknown>)(event as never);
	} catch (thrown) {
		if (isRedirect(thrown)) return thrown;
		throw thrown;
	}
}

const politician = (organisationId: string, overrides: Partial<SteeringMemberInput> = {}): SteeringMemberInput => ({
	name: 'Anna Lindgren',
	organisationId,
	politicalParty: 'Socialdemokraterna',
	standing: 'majority',
	...overrides
});

const counts = async () => ({
	steering: await db().$count(steeringGroupMembers),
	project: await db().$count(projectGroupMembers),
	executors: await db().$count(partnershipExecutors),
	audit: await db().$count(auditEvents)
});

let swedish: { id: string };
let partner: { id: string };
let outsider: { id: string };
let partnership: { id: string; slug: string };
let coordinator: Actor;
let partnerCoordinator: Actor;
let member: Actor;
let stranger: Actor;

beforeAll(async () => {
	swedish = await makeOrganisation({ name: 'Jönköpings kommun' });
	partner = await makeOrganisation({ name: 'Stellenbosch Municipality', countryCode: 'ZA' });
	outsider = await makeOrganisation({ name: 'Högskolan i Jönköping', kind: 'university' });
	partnership = await makePartnership({ partyIds: [swedish.id, partner.id] });
	coordinator = (await makeUser({ organisationId: swedish.id, role: 'coordinator' })).actor;
	partnerCoordinator = (await makeUser({ organisationId: partner.id, role: 'coordinator' })).actor;
	member = (await makeUser({ organisationId: swedish.id, role: 'member' })).actor;
	stranger = (await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' })).actor;
});

describe('the steering group and the programme’s warnings', () => {
	it('warns per side until majority and opposition sit on it, then stops', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const sideCodes = async (side: string) =>
			(await warningsOfPartnership(own.id))
				.filter((w) => 'organisationId' in w && w.organisationId === side)
				.map((w) => w.code);
		expect(await sideCodes(swedish.id)).toEqual([
			'steering_majority_missing',
			'steering_opposition_missing',
			'project_group_side_missing'
		]);

		await addSteeringMember(coordinator, own.id, politician(swedish.id, { role: 'chair' }));
		expect(await sideCodes(swedish.id)).toEqual(['steering_opposition_missing', 'project_group_side_missing']);
		await addSteeringMember(
			coordinator,
			own.id,
			politician(swedish.id, { name: 'Erik Sandberg', standing: 'opposition', politicalParty: 'Moderaterna' })
		);
		await addProjectMember(coordinator, own.id, { name: 'Lena Åberg', organisationId: swedish.id });
		expect(await sideCodes(swedish.id)).toEqual([]);
		// The other side is still asked for, and the chair no longer.
		const rest = (await governanceOf(coordinator, own.id)).warnings.map((w) => w.code);
		expect(rest).toEqual(['steering_majority_missing', 'steering_opposition_missing', 'project_group_side_missing']);
	});

	it('refuses a second chair with a field error naming the chair, on adding and on changing', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const chair = await addSteeringMember(coordinator, own.id, politician(swedish.id, { role: 'chair' }));
		const before = await counts();
		const errors = await fieldErrors(
			addSteeringMember(coordinator, own.id, politician(partner.id, { name: 'Thabo Nkosi', role: 'chair' }))
		);
		expect(errors.role).toContain('Anna Lindgren');
		expect(await counts()).toEqual(before);

		const other = await addSteeringMember(coordinator, own.id, politician(partner.id, { name: 'Thabo Nkosi' }));
		expect(
			(await fieldErrors(updateSteeringMember(coordinator, own.id, other.id, { role: 'chair' }))).role
		).toBeTruthy();
		// The chair may be saved again as chair; once they step down, another may chair.
		await updateSteeringMember(coordinator, own.id, chair.id, { role: 'chair', name: 'Anna Lindgren-Berg' });
		await updateSteeringMember(coordinator, own.id, chair.id, { role: 'vice_chair' });
		expect((await updateSteeringMember(coordinator, own.id, other.id, { role: 'chair' })).role).toBe('chair');
	});

	it('lets only one of several chairs named at the same time through', async ({ skip }) => {
		await readyToRace(skip);
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const results = await Promise.allSettled(
			['Anna Lindgren', 'Thabo Nkosi', 'Erik Sandberg', 'Naledi Dube'].map((name, i) =>
				addSteeringMember(i % 2 ? partnerCoordinator : coordinator, own.id, {
					...politician(i % 2 ? partner.id : swedish.id, { name, role: 'chair' })
				})
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const chairs = await db()
			.select()
			.from(steeringGroupMembers)
			.where(and(eq(steeringGroupMembers.partnershipId, own.id), eq(steeringGroupMembers.role, 'chair')));
		expect(chairs).toHaveLength(1);
	});

	it('refuses a side that is not a party, and writes nothing', async () => {
		const before = await counts();
		expect(
			(await fieldErrors(addSteeringMember(coordinator, partnership.id, politician(outsider.id)))).organisationId
		).toBeTruthy();
		expect(
			(await fieldErrors(addProjectMember(coordinator, partnership.id, { name: 'X', organisationId: outsider.id })))
				.organisationId
		).toBeTruthy();
		const seated = await addSteeringMember(coordinator, partnership.id, politician(swedish.id));
		const changed = await counts();
		expect(
			(await fieldErrors(updateSteeringMember(coordinator, partnership.id, seated.id, { organisationId: outsider.id })))
				.organisationId
		).toBeTruthy();
		expect(await counts()).toEqual(changed);
		expect(changed.steering).toBe(before.steering + 1);
	});

	it('gives every missing field its message, in Swedish by default, and writes nothing', async () => {
		const before = await counts();
		const errors = await fieldErrors(
			addSteeringMember(coordinator, partnership.id, {
				name: ' ',
				organisationId: '',
				politicalParty: '',
				standing: 'neutral' as never,
				email: 'not-an-address'
			})
		);
		expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'organisationId', 'politicalParty', 'standing']);
		expect(errors.name).toBe('Skriv personens namn.');
		expect(await counts()).toEqual(before);
	});

	it('changes only what is given, and clears an email sent blank', async () => {
		const seated = await addSteeringMember(
			coordinator,
			partnership.id,
			politician(partner.id, { email: 'thabo@example.org', listedPublicly: true })
		);
		const changed = await updateSteeringMember(partnerCoordinator, partnership.id, seated.id, { email: '' });
		expect(changed).toMatchObject({ email: null, listedPublicly: true, politicalParty: 'Socialdemokraterna' });
		const official = await addProjectMember(coordinator, partnership.id, {
			name: 'Lena Åberg',
			title: 'Utvecklingsstrateg',
			organisationId: swedish.id
		});
		expect((await updateProjectMember(coordinator, partnership.id, official.id, { title: '' })).title).toBeNull();
	});

	it('does not find a member of another partnership, nor an id that is no id', async () => {
		const other = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const elsewhere = await addSteeringMember(coordinator, other.id, politician(swedish.id));
		expect((await refusal(updateSteeringMember(coordinator, partnership.id, elsewhere.id, { name: 'X' }))).code).toBe(
			'not_found'
		);
		expect((await refusal(removeSteeringMember(coordinator, partnership.id, elsewhere.id))).code).toBe('not_found');
		expect((await refusal(removeSteeringMember(coordinator, partnership.id, 'not-a-uuid'))).code).toBe('not_found');
	});
});

describe('who may change a partnership’s governance', () => {
	it('lets staff and the coordinators of either party edit either side', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		await addSteeringMember(staff, own.id, politician(partner.id, { name: 'Staff Added' }));
		await addSteeringMember(partnerCoordinator, own.id, politician(swedish.id, { name: 'Across Sides' }));
		await addSteeringMember(coordinator, own.id, politician(partner.id, { name: 'From Sweden' }));
		await addProjectMember(
			partnerCoordinator,
			{ slug: own.slug },
			{ name: 'Sipho Dlamini', organisationId: swedish.id }
		);
		await addProjectMember(staff, own.id, { name: 'Lena Åberg', organisationId: partner.id });

		const sides = (rows: { name: string; organisationId: string }[]) =>
			rows.map((r) => [r.name, r.organisationId === swedish.id ? 'swedish' : 'partner']).sort();
		const seen = await governanceOf(member, own.id);
		expect(sides(seen.steeringGroup)).toEqual([
			['Across Sides', 'swedish'],
			['From Sweden', 'partner'],
			['Staff Added', 'partner']
		]);
		expect(sides(seen.projectGroup)).toEqual([
			['Lena Åberg', 'partner'],
			['Sipho Dlamini', 'swedish']
		]);
		// Each change is in the partnership's history, under whoever made it.
		const history = await db()
			.select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId })
			.from(auditEvents)
			.where(eq(auditEvents.partnershipId, own.id));
		const who = new Map<string | null, string>([
			[null, 'staff'],
			[coordinator.userId, 'coordinator'],
			[partnerCoordinator.userId, 'partner']
		]);
		const changes = history.filter((e) => e.action.endsWith('_member_added'));
		expect(changes.map((e) => `${e.action} by ${who.get(e.actorUserId)}`).sort()).toEqual([
			'partnership.project_member_added by partner',
			'partnership.project_member_added by staff',
			'partnership.steering_member_added by coordinator',
			'partnership.steering_member_added by partner',
			'partnership.steering_member_added by staff'
		]);
	});

	it('lets members read but not write (403), and answers other organisations 404', async () => {
		const read = await governanceOf(member, partnership.id);
		expect(read.access).toBe('read');
		expect((await refusal(addSteeringMember(member, partnership.id, politician(swedish.id)))).code).toBe('forbidden');
		expect((await refusal(governanceOf(stranger, partnership.id))).code).toBe('not_found');
		expect((await refusal(addSteeringMember(stranger, partnership.id, politician(swedish.id)))).code).toBe('not_found');
		expect(
			(await refusal(addExecutor(stranger, partnership.id, { organisationId: outsider.id, tasks: { sv: 'X' } }))).code
		).toBe('not_found');
	});
});

describe('executors', () => {
	it('adds an organisation that is not a party, rewrites its tasks and removes it', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		expect((await executorCandidates(own.id)).map((o) => o.id)).toContain(outsider.id);
		const added = await addExecutor(coordinator, own.id, {
			organisationId: outsider.id,
			tasks: { sv: 'Tar fram utbildningsmaterial om skadliga normer.' }
		});
		expect(added.organisation.name).toBe('Högskolan i Jönköping');
		expect((await executorCandidates(own.id)).map((o) => o.id)).not.toContain(outsider.id);
		const changed = await updateExecutor(coordinator, own.id, added.id, { tasks: { en: 'Training material.' } });
		expect(changed.tasks).toEqual({ en: 'Training material.' });
		expect((await fieldErrors(updateExecutor(coordinator, own.id, added.id, { tasks: {} }))).tasks).toBeTruthy();
		await removeExecutor(coordinator, own.id, added.id);
		expect((await governanceOf(coordinator, own.id)).executors).toEqual([]);
	});

	it('refuses a party, an organisation twice, and an unknown one, writing nothing', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		await addExecutor(coordinator, own.id, { organisationId: outsider.id, tasks: { sv: 'Forskning' } });
		const before = await counts();
		for (const organisationId of [swedish.id, outsider.id, crypto.randomUUID()])
			expect(
				(await fieldErrors(addExecutor(coordinator, own.id, { organisationId, tasks: { sv: 'X' } }))).organisationId
			).toBeTruthy();
		expect(await counts()).toEqual(before);
	});
});

describe('the audit record', () => {
	it('records each change with the partnership, its parties and the row before and after', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const me = await makeUser({ organisationId: swedish.id, role: 'coordinator' });
		const seated = await addSteeringMember(me.actor, own.id, politician(swedish.id));
		await updateSteeringMember(me.actor, own.id, seated.id, { standing: 'opposition' });
		await removeSteeringMember(me.actor, own.id, seated.id);
		const events = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.partnershipId, own.id), eq(auditEvents.actorUserId, me.id)))
			.orderBy(auditEvents.occurredAt);
		expect(events.map((e) => e.action)).toEqual([
			'partnership.steering_member_added',
			'partnership.steering_member_updated',
			'partnership.steering_member_removed'
		]);
		for (const event of events) {
			expect(event.subjectType).toBe('partnership');
			expect(event.subjectId).toBe(own.id);
			expect([...event.organisationIds].sort()).toEqual([swedish.id, partner.id].sort());
		}
		expect(events[1]!.before).toMatchObject({ id: seated.id, standing: 'majority' });
		expect(events[1]!.after).toMatchObject({ id: seated.id, standing: 'opposition' });
		expect(events[2]!.before).toMatchObject({ id: seated.id });
		expect(events[2]!.after).toBeNull();
	});
});

describe('/api/v1 governance', () => {
	it('is described in the OpenAPI document, bodies from the use cases’ schemas', async () => {
		const url = new URL('http://localhost/api/v1/openapi.json');
		const response = await (openapiGET as Handler)({ url, params: {}, request: new Request(url), locals: {} } as never);
		const doc = (await response.json()) as {
			paths: Record<
				string,
				Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }>
			>;
			components: { schemas: Record<string, unknown> };
		};
		for (const path of ['governance', 'steering-group', 'project-group', 'executors'])
			expect(doc.paths[`/api/v1/partnerships/{id}/${path}`]?.get).toBeTruthy();
		expect(Object.keys(doc.paths['/api/v1/partnerships/{id}/steering-group/{memberId}']!).sort()).toEqual([
			'delete',
			'patch'
		]);
		const body = doc.paths['/api/v1/partnerships/{id}/steering-group']!.post!.requestBody!;
		expect(body.content['application/json']!.schema.required).toEqual([
			'name',
			'organisationId',
			'politicalParty',
			'standing'
		]);
		for (const id of ['Governance', 'SteeringMember', 'ProjectMember', 'Executor', 'GovernanceWarning'])
			expect(doc.components.schemas[id]).toBeTruthy();
	});

	it('answers a signed-out caller 401', async () => {
		const anonymous: Actor = { userId: null, isStaff: false, memberships: [] };
		const read = await api(steeringGET, 'GET', { id: partnership.id }, { actor: anonymous });
		expect(read.status).toBe(401);
		const write = await api(
			steeringPOST,
			'POST',
			{ id: partnership.id },
			{ actor: anonymous, body: politician(swedish.id) }
		);
		expect(write.status).toBe(401);
		expect(errorSchema.parse(write.body).error.code).toBe('unauthenticated');
	});

	it('adds, lists, changes and removes a politician, and explains the warnings', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const id = own.id;
		const created = await api(
			steeringPOST,
			'POST',
			{ id },
			{ actor: coordinator, body: politician(swedish.id, { role: 'chair' }) }
		);
		expect(created.status).toBe(201);
		const seated = steeringMemberDocumentSchema.parse(created.body).data;
		const list = steeringMemberListSchema.parse((await api(steeringGET, 'GET', { id }, { actor: member })).body);
		expect(list.data.map((s) => s.id)).toEqual([seated.id]);

		const patched = await api(
			steeringPATCH,
			'PATCH',
			{ id, memberId: seated.id },
			{ actor: coordinator, body: { standing: 'opposition' } }
		);
		expect(steeringMemberDocumentSchema.parse(patched.body).data.standing).toBe('opposition');

		const governance = governanceDocumentSchema.parse(
			(await api(governanceGET, 'GET', { id }, { actor: member })).body
		).data;
		expect(governance.steeringGroup).toHaveLength(1);
		const majority = governance.warnings.find(
			(w) => w.code === 'steering_majority_missing' && w.organisationId === swedish.id
		);
		expect(majority?.message).toContain('Jönköpings kommun');

		expect((await api(steeringDELETE, 'DELETE', { id, memberId: seated.id }, { actor: member })).status).toBe(403);
		expect((await api(steeringDELETE, 'DELETE', { id, memberId: seated.id }, { actor: stranger })).status).toBe(404);
		expect((await api(steeringDELETE, 'DELETE', { id, memberId: seated.id }, { actor: coordinator })).status).toBe(204);
		expect((await api(steeringDELETE, 'DELETE', { id, memberId: seated.id }, { actor: coordinator })).status).toBe(404);
	});

	it('answers members 403 and other organisations 404', async () => {
		const id = partnership.id;
		expect((await api(steeringPOST, 'POST', { id }, { actor: member, body: politician(swedish.id) })).status).toBe(403);
		expect((await api(steeringPOST, 'POST', { id }, { actor: stranger, body: politician(swedish.id) })).status).toBe(
			404
		);
		expect((await api(governanceGET, 'GET', { id }, { actor: stranger })).status).toBe(404);
		expect((await api(governanceGET, 'GET', { id: 'nonsense' }, { actor: coordinator })).status).toBe(404);
	});

	it('gives the same field errors as the page’s form', async () => {
		const bad = { name: '', organisationId: outsider.id, politicalParty: '', standing: 'majority', email: 'nope' };
		const answer = await api(steeringPOST, 'POST', { id: partnership.id }, { actor: coordinator, body: bad });
		expect(answer.status).toBe(400);
		const apiFields = errorSchema.parse(answer.body).error.fields;

		const result = await submitForm('addSteering', partnership.slug, coordinator, bad);
		expect(isActionFailure(result)).toBe(true);
		const failure = result as {
			status: number;
			data: { errors: Record<string, string>; values: Record<string, string> };
		};
		expect(failure.status).toBe(400);
		expect(failure.data.errors).toEqual(apiFields);
		expect(failure.data.values).toMatchObject({ email: 'nope', which: 'steering-add' });

		const party = await api(
			executorsPOST,
			'POST',
			{ id: partnership.id },
			{ actor: coordinator, body: { organisationId: swedish.id, tasks: { sv: 'X' } } }
		);
		const form = await submitForm('addExecutor', partnership.slug, coordinator, {
			organisationId: swedish.id,
			'tasks.sv': 'X'
		});
		expect((form as { data: { errors: Record<string, string> } }).data.errors).toEqual(
			errorSchema.parse(party.body).error.fields
		);
	});

	it('adds through the page’s form and goes back to the tab with a notice', async () => {
		const own = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const result = await submitForm('addSteering', own.slug, coordinator, {
			name: 'Karin Holm',
			organisationId: swedish.id,
			politicalParty: 'Centerpartiet',
			standing: 'opposition',
			role: 'member',
			listedPublicly: 'on'
		});
		expect(isRedirect(result)).toBe(true);
		expect((result as { location: string }).location).toBe(
			`/sv/workspace/partnerships/${own.slug}/governance?done=steering_added`
		);
		const [seated] = (await governanceOf(coordinator, own.id)).steeringGroup;
		expect(seated).toMatchObject({ name: 'Karin Holm', standing: 'opposition', listedPublicly: true });

		const removed = await submitForm('removeSteering', own.slug, coordinator, { id: seated!.id });
		expect(isRedirect(removed)).toBe(true);
		expect((await governanceOf(coordinator, own.id)).steeringGroup).toEqual([]);
	});
});

describe('the demo governance', () => {
	it('seeds Jönköping – Stellenbosch with the partner’s politicians still to be seated', async () => {
		const jonkoping = await makeOrganisation({ name: 'Jönköpings kommun (demo)' });
		const stellenbosch = await makeOrganisation({ name: 'Stellenbosch (demo)', countryCode: 'ZA' });
		const demo = await makePartnership({ slug: 'jonkoping-stellenbosch', partyIds: [jonkoping.id, stellenbosch.id] });
		await seedGovernanceDemo(staff);
		const governance = await governanceOf(staff, demo.id);
		expect(governance.warnings).toEqual([
			{ code: 'steering_majority_missing', organisationId: stellenbosch.id },
			{ code: 'steering_opposition_missing', organisationId: stellenbosch.id }
		]);
		expect(governance.executors.map((e) => e.organisation.kind)).toEqual(['university']);
		const before = await counts();
		await seedGovernanceDemo(staff);
		expect(await counts()).toEqual(before);
	});
});
