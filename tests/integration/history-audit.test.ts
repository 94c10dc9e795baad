import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { auditEvents } from '$lib/server/db/schema';
import { anonymous, type Actor } from '$lib/server/domain/accounts/actor';
import { presentEvent } from '$lib/server/domain/audit/present';
import { auditActors, auditLog, auditSubjectTypes, partnershipHistory } from '$lib/server/domain/audit/queries';
import { recordAudit } from '$lib/server/domain/audit/record';
import { updatePlan } from '$lib/server/domain/plan/update-plan';
import { AppError } from '$lib/server/errors';
import { load as auditPageLoad } from '../../src/routes/[lang=lang]/(admin)/admin/audit/+page.server';
import { makeOrganisation, makePartnership, makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

const page = { page: 1, limit: 25 };

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

let world: {
	partnership: { id: string; slug: string };
	other: { id: string; slug: string };
	swedish: string;
	foreign: string;
	coordinator: Actor & { userId: string };
	member: Actor;
	outsider: Actor;
	staffActor: Actor & { userId: string };
};

beforeAll(async () => {
	const swedish = await makeOrganisation({ name: 'Ovanåkers kommun' });
	const foreign = await makeOrganisation({ name: 'Overstrand', countryCode: 'ZA' });
	const elsewhere = await makeOrganisation({ name: 'Falu kommun' });
	const partnership = await makePartnership({ partyIds: [swedish.id, foreign.id] });
	const other = await makePartnership({ partyIds: [elsewhere.id, (await makeOrganisation({ countryCode: 'ZA' })).id] });
	const coordinator = await makeUser({ organisationId: swedish.id, role: 'coordinator' });
	const member = await makeUser({ organisationId: foreign.id, role: 'member' });
	const outsider = await makeUser({ organisationId: elsewhere.id, role: 'coordinator' });
	const staffUser = await makeUser({ staff: true });
	world = {
		partnership,
		other,
		swedish: swedish.id,
		foreign: foreign.id,
		coordinator: coordinator.actor as Actor & { userId: string },
		member: member.actor,
		outsider: outsider.actor,
		staffActor: staffUser.actor as Actor & { userId: string }
	};
	await updatePlan(world.coordinator, partnership.id, {
		challenge: { sv: 'Unga lämnar skolan för tidigt' },
		objectives: { sv: 'Fler unga deltar', en: 'More young people take part' },
		principles: ['participation'],
		sdgGoals: [4],
		sdgTargets: [],
		mutualBenefit: {}
	});
});

describe('a partnership’s history', () => {
	it('lists its events newest first, with who acted and what changed', async () => {
		const history = await partnershipHistory(world.member, { slug: world.partnership.slug }, page);
		expect(history.items.map((e) => e.action)).toEqual(['partnership.plan_updated', 'partnership.created']);
		const [planned, created] = history.items.map((e) => presentEvent(e, 'en'));
		expect(planned!.who).toMatch(/^Person /);
		expect(planned!.what).toBe('Projektplan ändrades'); // outside a request, messages are in Swedish
		expect(planned!.changes).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ field: expect.stringContaining('Mål'), before: '(tomt)', after: 'Fler unga deltar' }),
				expect.objectContaining({ field: 'Globala mål', after: '4. Quality education' })
			])
		);
		// Made by the factory's staff actor, who has no account: the system.
		expect(created!.who).toBe('Systemet');
		expect(planned!.changes.some((c) => /updated|created/i.test(c.field))).toBe(false);
	});

	it('holds only its own partnership’s events', async () => {
		const history = await partnershipHistory(world.staffActor, world.other.id, page);
		expect(history.items.map((e) => e.action)).toEqual(['partnership.created']);
	});

	it('is not found for another organisation’s people and for the signed-out', async () => {
		expect((await failure(partnershipHistory(world.outsider, { slug: world.partnership.slug }, page))).code).toBe(
			'not_found'
		);
		expect((await failure(partnershipHistory(anonymous, { slug: world.partnership.slug }, page))).code).toBe(
			'not_found'
		);
		expect((await failure(partnershipHistory(world.member, { slug: 'no-such-partnership' }, page))).code).toBe(
			'not_found'
		);
	});

	it('is paged, 25 a page', async () => {
		const { id } = await makePartnership();
		await db().transaction(async (tx) => {
			for (let i = 0; i < 30; i++)
				await recordAudit(tx, world.staffActor, {
					action: 'partnership.updated',
					subjectType: 'partnership',
					subjectId: id,
					partnershipId: id,
					after: { n: i }
				});
		});
		const first = await partnershipHistory(world.staffActor, id, { page: 1, limit: 25 });
		const second = await partnershipHistory(world.staffActor, id, { page: 2, limit: 25 });
		expect(first.total).toBe(31);
		expect(first.items).toHaveLength(25);
		expect(second.items).toHaveLength(6);
		expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(31);
	});
});

describe('the staff audit log', () => {
	it('is for staff only', async () => {
		expect((await failure(auditLog(world.coordinator, {}, page))).code).toBe('not_found');
	});

	it('filters by person', async () => {
		const log = await auditLog(world.staffActor, { person: world.coordinator.userId }, page);
		expect(log.items.map((e) => e.action)).toEqual(['partnership.plan_updated']);
		expect(log.items[0]!.partnershipSlug).toBe(world.partnership.slug);
	});

	it('filters by organisation concerned', async () => {
		const log = await auditLog(world.staffActor, { organisation: world.foreign }, page);
		// The organisation's own creation, and its partnership's events; nothing of the other partnership.
		expect(log.items.map((e) => e.action).sort()).toEqual([
			'organisation.created',
			'partnership.created',
			'partnership.plan_updated'
		]);
		expect(log.items.every((e) => e.partnershipId === null || e.partnershipId === world.partnership.id)).toBe(true);
	});

	it('filters by kind of record and by dates, whole days in Swedish time', async () => {
		const subjectId = crypto.randomUUID();
		await db()
			.insert(auditEvents)
			.values([
				// 23:30 UTC on 31 May is already 1 June in Stockholm.
				{ action: 'network.updated', subjectType: 'network', subjectId, occurredAt: new Date('2023-05-31T23:30:00Z') },
				{ action: 'network.updated', subjectType: 'network', subjectId, occurredAt: new Date('2023-06-15T10:00:00Z') },
				{ action: 'network.updated', subjectType: 'network', subjectId, occurredAt: new Date('2023-06-30T22:30:00Z') }
			]);
		const june = await auditLog(world.staffActor, { subject: 'network', from: '2023-06-01', to: '2023-06-30' }, page);
		expect(june.items.map((e) => e.occurredAt.toISOString())).toEqual([
			'2023-06-15T10:00:00.000Z',
			'2023-05-31T23:30:00.000Z'
		]);
		const oneDay = await auditLog(world.staffActor, { from: '2023-06-15', to: '2023-06-15' }, page);
		expect(oneDay.total).toBe(1);
		const partnershipsOnly = await auditLog(world.staffActor, { subject: 'partnership' }, page);
		expect(partnershipsOnly.items.every((e) => e.subjectType === 'partnership')).toBe(true);
		await db().delete(auditEvents).where(eq(auditEvents.subjectId, subjectId));
	});

	it('names every bad filter instead of failing', async () => {
		const errors = (
			await failure(
				auditLog(world.staffActor, { organisation: 'not-an-id', from: '2024-13-40', subject: 'Bad kind!' }, page)
			)
		).fieldErrors;
		expect(Object.keys(errors).sort()).toEqual(['from', 'organisation', 'subject']);
		const range = await failure(auditLog(world.staffActor, { from: '2024-06-02', to: '2024-06-01' }, page));
		expect(range.fieldErrors.to).toBeTruthy();
		const unknown = await failure(
			auditLog(world.staffActor, { person: 'nobody', organisation: crypto.randomUUID(), subject: 'spaceship' }, page)
		);
		expect(Object.keys(unknown.fieldErrors).sort()).toEqual(['organisation', 'person', 'subject']);
	});

	it('shows bad filters on the page as messages, not as an error page', async () => {
		const url = new URL('http://localhost/sv/admin/audit?from=yesterday&organisation=x');
		const locals = { actor: world.staffActor, locale: 'sv', user: null, requestId: 'test' };
		const data = (await auditPageLoad({ locals, url } as never)) as {
			errors: Record<string, string> | null;
			events: unknown[];
		};
		expect(Object.keys(data.errors ?? {}).sort()).toEqual(['from', 'organisation']);
		expect(data.events).toEqual([]);
		const ok = (await auditPageLoad({
			locals,
			url: new URL(`http://localhost/sv/admin/audit?organisation=${world.swedish}`)
		} as never)) as { errors: unknown; events: { partnership: { slug: string } | null }[] };
		expect(ok.errors).toBeNull();
		expect(ok.events.length).toBeGreaterThan(0);
		expect(ok.events.map((e) => e.partnership?.slug ?? null)).toEqual([
			world.partnership.slug,
			world.partnership.slug,
			null
		]);
	});
});

describe('the audit log’s filter choices', () => {
	it('offer the people who acted and the kinds of record written', async () => {
		const people = await auditActors();
		expect(people.map((p) => p.id)).toContain(world.coordinator.userId);
		expect(people.map((p) => p.id)).toContain(world.staffActor.userId);
		expect(people.map((p) => p.id)).not.toContain(world.outsider.userId);
		const subjects = await auditSubjectTypes();
		expect(subjects).toEqual(expect.arrayContaining(['organisation', 'partnership']));
		expect(new Set(subjects).size).toBe(subjects.length);
	});
});
