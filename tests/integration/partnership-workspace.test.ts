import { isRedirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { auditEvents, partnershipParties, partnershipPhaseChanges, partnerships } from '$lib/server/db/schema';
import { addParty } from '$lib/server/domain/partnerships/add-party';
import { movePhase } from '$lib/server/domain/partnerships/move-phase';
import { removeParty } from '$lib/server/domain/partnerships/remove-party';
import { updatePartnership } from '$lib/server/domain/partnerships/update-partnership';
import { partnershipDetail, phaseTimeline, workspacePartnerships } from '$lib/server/domain/partnerships/workspace';
import { makeNetwork, makeOrganisation, makePartnership, makeTheme, makeUser, staff } from '../factories';
import { actions as newPartnership } from '../../src/routes/[lang=lang]/(admin)/admin/partnerships/new/+page.server';
import {
	actions as overview,
	load as overviewLoad
} from '../../src/routes/[lang=lang]/(workspace)/workspace/partnerships/[slug]/+page.server';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';
import { readyToRace } from './concurrent';

useTestDatabase();

/** A partnership of a Swedish and a South African party, with a coordinator and a member of the Swedish one. */
async function setting() {
	const swedish = await makeOrganisation({ name: 'Ale kommun' });
	const partner = await makeOrganisation({ name: 'Ghanzi', countryCode: 'BW' });
	const partnership = await makePartnership({ partyIds: [swedish.id, partner.id] });
	const coordinator = await makeUser({ organisationId: swedish.id, role: 'coordinator' });
	const member = await makeUser({ organisationId: partner.id, role: 'member' });
	const outsider = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
	const officer = await makeUser({ staff: true });
	return { swedish, partner, partnership, coordinator, member, outsider, officer };
}

async function auditOf(partnershipId: string, action: string) {
	return db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.partnershipId, partnershipId), eq(auditEvents.action, action)));
}

async function setProjectDates(partnershipId: string, start: string | null, end: string | null) {
	await db()
		.update(partnerships)
		.set({ projectStartDate: start, projectEndDate: end })
		.where(eq(partnerships.id, partnershipId));
}

async function phaseOf(partnershipId: string) {
	const [row] = await db()
		.select({ phase: partnerships.phase })
		.from(partnerships)
		.where(eq(partnerships.id, partnershipId));
	return row!.phase;
}

describe('updatePartnership', () => {
	it('lets a coordinator of a party change the title, dates and network, and records before and after', async () => {
		const { partnership, coordinator, swedish, partner } = await setting();
		const network = await makeNetwork();
		const updated = await updatePartnership(coordinator.actor, partnership.id, {
			title: { sv: 'Ingen elev lämnar skolan', en: 'No dropouts' },
			challenge: { en: 'Pupils leave school early.' },
			startDate: '2024-02-01',
			endDate: '2027-01-31',
			networkId: network.id
		});
		expect(updated).toMatchObject({
			title: { sv: 'Ingen elev lämnar skolan', en: 'No dropouts' },
			challenge: { en: 'Pupils leave school early.' },
			startDate: '2024-02-01',
			endDate: '2027-01-31',
			networkId: network.id
		});
		const [event] = await auditOf(partnership.id, 'partnership.updated');
		expect(event).toMatchObject({
			subjectType: 'partnership',
			subjectId: partnership.id,
			actorUserId: coordinator.id,
			before: { startDate: '2024-01-01', endDate: '2026-12-31', networkId: null },
			after: { startDate: '2024-02-01', endDate: '2027-01-31', networkId: network.id }
		});
		expect([...event!.organisationIds].sort()).toEqual([swedish.id, partner.id].sort());
	});

	it('leaves out what is not given, clears the network with null, and writes no record when nothing changed', async () => {
		const network = await makeNetwork();
		const partnership = await makePartnership({ networkId: network.id });
		const theme = await makeTheme();
		const updated = await updatePartnership(staff, partnership.id, { themeId: theme.id, networkId: null });
		expect(updated).toMatchObject({
			themeId: theme.id,
			networkId: null,
			title: partnership.title,
			endDate: '2026-12-31'
		});
		await updatePartnership(staff, partnership.id, { title: { ...partnership.title } });
		expect(await auditOf(partnership.id, 'partnership.updated')).toHaveLength(1);
	});

	it('refuses an end before the start, also against the stored start, and writes nothing', async () => {
		const { partnership, coordinator } = await setting();
		expect(
			(await fieldErrors(updatePartnership(coordinator.actor, partnership.id, { endDate: '2023-12-31' }))).endDate
		).toBeTruthy();
		expect(
			(await fieldErrors(updatePartnership(coordinator.actor, partnership.id, { title: { sv: ' ' } }))).title
		).toBeTruthy();
		expect(
			(await fieldErrors(updatePartnership(coordinator.actor, partnership.id, { themeId: crypto.randomUUID() })))
				.themeId
		).toBeTruthy();
		const [row] = await db().select().from(partnerships).where(eq(partnerships.id, partnership.id));
		expect(row!.endDate).toBe('2026-12-31');
		expect(await auditOf(partnership.id, 'partnership.updated')).toHaveLength(0);
	});

	it('answers 403 to a member of a party and 404 to another organisation, by id or slug', async () => {
		const { partnership, member, outsider } = await setting();
		await appError(updatePartnership(member.actor, partnership.id, { startDate: '2024-05-01' }), 'forbidden');
		await appError(updatePartnership(outsider.actor, partnership.id, { startDate: '2024-05-01' }), 'not_found');
		await appError(
			updatePartnership(outsider.actor, { slug: partnership.slug }, { startDate: '2024-05-01' }),
			'not_found'
		);
		await appError(updatePartnership(staff, partnership.slug, { startDate: '2024-05-01' }), 'not_found');
	});
});

describe('movePhase', () => {
	it('moves staff’s way through the phases, recording each move in the timeline and the audit', async () => {
		const { partnership, officer } = await setting();
		await movePhase(officer.actor, partnership.id, { to: 'inception', reason: 'Ansökan beviljad' });
		expect(await phaseOf(partnership.id)).toBe('inception');
		const timeline = await phaseTimeline(partnership.id);
		expect(timeline.map((t) => [t.fromPhase, t.toPhase])).toEqual([
			[null, 'application'],
			['application', 'inception']
		]);
		expect(timeline[1]).toMatchObject({ reason: 'Ansökan beviljad', changedBy: expect.any(String) });
		const [event] = await auditOf(partnership.id, 'partnership.phase_changed');
		expect(event).toMatchObject({
			actorUserId: officer.id,
			before: { phase: 'application' },
			after: { phase: 'inception' },
			reason: 'Ansökan beviljad'
		});
	});

	it('refuses moves the phases do not allow', async () => {
		const { partnership } = await setting();
		expect((await fieldErrors(movePhase(staff, partnership.id, { to: 'project' }))).to).toMatch(/Ansökan/);
		expect((await fieldErrors(movePhase(staff, partnership.id, { to: 'application' }))).to).toBeTruthy();
		expect((await fieldErrors(movePhase(staff, partnership.id, { to: 'nowhere' as 'project' }))).to).toBeTruthy();
		expect(await phaseOf(partnership.id)).toBe('application');
	});

	it('is for staff only: 403 to a coordinator or member of a party, 404 to others', async () => {
		const { partnership, coordinator, member, outsider } = await setting();
		await appError(movePhase(coordinator.actor, partnership.id, { to: 'inception' }), 'forbidden');
		await appError(movePhase(member.actor, partnership.id, { to: 'inception' }), 'forbidden');
		await appError(movePhase(outsider.actor, partnership.id, { to: 'inception' }), 'not_found');
		expect(await phaseOf(partnership.id)).toBe('application');
	});

	it('needs a reason to terminate, of at most 1000 characters, and then nothing moves any more', async () => {
		const { partnership } = await setting();
		expect((await fieldErrors(movePhase(staff, partnership.id, { to: 'terminated' }))).reason).toBeTruthy();
		expect(
			(await fieldErrors(movePhase(staff, partnership.id, { to: 'terminated', reason: '  ' }))).reason
		).toBeTruthy();
		expect(
			(await fieldErrors(movePhase(staff, partnership.id, { to: 'terminated', reason: 'x'.repeat(1001) }))).reason
		).toBeTruthy();
		expect(await phaseOf(partnership.id)).toBe('application');
		await movePhase(staff, partnership.id, { to: 'terminated', reason: 'Kommunen drog sig ur.' });
		expect(await phaseOf(partnership.id)).toBe('terminated');
		expect((await fieldErrors(movePhase(staff, partnership.id, { to: 'inception' }))).to).toBeTruthy();
	});

	it('lets a partnership into the project phase only with a project period the programme allows', async () => {
		const { partnership } = await setting();
		await movePhase(staff, partnership.id, { to: 'inception' });

		const missing = await fieldErrors(movePhase(staff, partnership.id, { to: 'project' }));
		expect(missing.to).toMatch(/start- och slutdatum/);

		await setProjectDates(partnership.id, '2025-01-01', '2028-12-31');
		const tooLong = await fieldErrors(movePhase(staff, partnership.id, { to: 'project' }));
		expect(tooLong.to).toBe('Projektplanen löper över 4 år; programmet tillåter 1–3 år.');

		await setProjectDates(partnership.id, '2025-01-01', '2025-06-30');
		expect((await fieldErrors(movePhase(staff, partnership.id, { to: 'project' }))).to).toMatch(/1–3 år/);
		expect(await phaseOf(partnership.id)).toBe('inception');

		await setProjectDates(partnership.id, '2025-01-01', '2026-12-31');
		await movePhase(staff, partnership.id, { to: 'project' });
		expect(await phaseOf(partnership.id)).toBe('project');
		await movePhase(staff, partnership.id, { to: 'dissemination' });
		await movePhase(staff, partnership.id, { to: 'completed' });
		expect((await phaseTimeline(partnership.id)).map((t) => t.toPhase)).toEqual([
			'application',
			'inception',
			'project',
			'dissemination',
			'completed'
		]);
	});

	it('lets only one of two simultaneous moves through', async ({ skip }) => {
		await readyToRace(skip);
		const { partnership } = await setting();
		const results = await Promise.allSettled([
			movePhase(staff, partnership.id, { to: 'inception' }),
			movePhase(staff, partnership.id, { to: 'inception' })
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const changes = await db()
			.select()
			.from(partnershipPhaseChanges)
			.where(eq(partnershipPhaseChanges.partnershipId, partnership.id));
		expect(changes).toHaveLength(2);
		expect(await auditOf(partnership.id, 'partnership.phase_changed')).toHaveLength(1);
	});
});

describe('party changes', () => {
	async function partyIdsOf(partnershipId: string) {
		const rows = await db()
			.select({ id: partnershipParties.organisationId })
			.from(partnershipParties)
			.where(eq(partnershipParties.partnershipId, partnershipId));
		return rows.map((r) => r.id).sort();
	}

	it('lets staff add a third party and remove one, keeping at least two with one Swedish', async () => {
		const { partnership, swedish, partner } = await setting();
		const budesti = await makeOrganisation({ name: 'Budești', countryCode: 'MD' });
		await addParty(staff, partnership.id, { organisationId: budesti.id });
		expect(await partyIdsOf(partnership.id)).toEqual([swedish.id, partner.id, budesti.id].sort());

		await removeParty(staff, partnership.id, { organisationId: partner.id });
		expect(await partyIdsOf(partnership.id)).toEqual([swedish.id, budesti.id].sort());

		const [added] = await auditOf(partnership.id, 'partnership.party_added');
		expect(added).toMatchObject({
			subjectType: 'partnership',
			after: { partyIds: expect.arrayContaining([budesti.id]) }
		});
		const [removed] = await auditOf(partnership.id, 'partnership.party_removed');
		expect((removed!.after as { partyIds: string[] }).partyIds.sort()).toEqual([swedish.id, budesti.id].sort());
	});

	it('refuses leaving a single party or none in Sweden, with a clear error, and changes nothing', async () => {
		const { partnership, swedish, partner } = await setting();
		const tooFew = await fieldErrors(removeParty(staff, partnership.id, { organisationId: partner.id }));
		expect(tooFew.organisationId).toMatch(/två/);
		const zambian = await makeOrganisation({ countryCode: 'ZM' });
		await addParty(staff, partnership.id, { organisationId: zambian.id });
		const noSwedish = await fieldErrors(removeParty(staff, partnership.id, { organisationId: swedish.id }));
		expect(noSwedish.organisationId).toMatch(/svensk/);
		expect(await partyIdsOf(partnership.id)).toEqual([swedish.id, partner.id, zambian.id].sort());
		expect(await auditOf(partnership.id, 'partnership.party_removed')).toHaveLength(0);
	});

	it('refuses a party twice, an unknown organisation and removing a non-party', async () => {
		const { partnership, partner } = await setting();
		expect(
			(await fieldErrors(addParty(staff, partnership.id, { organisationId: partner.id }))).organisationId
		).toBeTruthy();
		expect(
			(await fieldErrors(addParty(staff, partnership.id, { organisationId: crypto.randomUUID() }))).organisationId
		).toBeTruthy();
		const stranger = await makeOrganisation();
		expect(
			(await fieldErrors(removeParty(staff, partnership.id, { organisationId: stranger.id }))).organisationId
		).toBeTruthy();
	});

	it('is for staff only', async () => {
		const { partnership, coordinator, outsider } = await setting();
		const other = await makeOrganisation();
		await appError(addParty(coordinator.actor, partnership.id, { organisationId: other.id }), 'forbidden');
		await appError(addParty(outsider.actor, partnership.id, { organisationId: other.id }), 'not_found');
	});
});

describe('workspace reads', () => {
	it('shows a party’s people their partnerships with warnings, staff all of them, by phase', async () => {
		const { partnership, member, outsider, officer } = await setting();
		const mine = await workspacePartnerships(member.actor, { page: 1, limit: 25 });
		expect(mine.items.map((p) => p.slug)).toEqual([partnership.slug]);
		// A partnership without any steering or project group breaks every governance rule.
		expect(mine.items[0]!.warnings.length).toBeGreaterThan(0);
		expect(mine.items[0]!.warnings.map((w) => w.message).join(' ')).toMatch(/Ale kommun/);
		expect((await workspacePartnerships(outsider.actor, { page: 1, limit: 25 })).items).toEqual([]);

		const all = await workspacePartnerships(officer.actor, { page: 1, limit: 100 });
		expect(all.items.map((p) => p.slug)).toContain(partnership.slug);
		await movePhase(staff, partnership.id, { to: 'inception' });
		const inception = await workspacePartnerships(officer.actor, { phase: 'inception', page: 1, limit: 100 });
		expect(inception.items.map((p) => p.slug)).toContain(partnership.slug);
		expect(new Set(inception.items.map((p) => p.phase))).toEqual(new Set(['inception']));
		expect(inception.total).toBe(inception.items.length);
		const applications = await workspacePartnerships(officer.actor, { phase: 'application', page: 1, limit: 100 });
		expect(applications.items.map((p) => p.slug)).not.toContain(partnership.slug);
	});

	it('gives the detail to a party’s people and staff, 404 to others', async () => {
		const { partnership, member, outsider } = await setting();
		const detail = await partnershipDetail(member.actor, { slug: partnership.slug });
		expect(detail).toMatchObject({ canEdit: false, canManage: false });
		expect(detail.parties.map((p) => p.name)).toEqual(['Ale kommun', 'Ghanzi']);
		expect((await partnershipDetail(staff, partnership.id)).canManage).toBe(true);
		await appError(partnershipDetail(outsider.actor, partnership.id), 'not_found');
	});
});

describe('the pages’ forms', () => {
	type Result = { status?: number; data?: Record<string, unknown>; location?: string } & Record<string, unknown>;

	/** Submits a form action as a browser would; a redirect comes back as `{ status, location }`. */
	async function submit(
		action: (event: never) => unknown,
		path: string,
		params: Record<string, string>,
		actor: Actor,
		fields: [string, string][]
	): Promise<Result> {
		const url = new URL(`http://localhost${path}`);
		const body = new FormData();
		for (const [key, value] of fields) body.append(key, value);
		const event = {
			url,
			params: { lang: 'sv', ...params },
			request: new Request(url, { method: 'POST', body }),
			locals: { requestId: 'test', actor, locale: 'sv' }
		};
		try {
			return (await action(event as never)) as Result;
		} catch (thrown) {
			if (isRedirect(thrown)) return { status: thrown.status, location: thrown.location };
			throw thrown;
		}
	}

	it('creates a partnership from the staff form and goes to its workspace; empty party pickers are ignored', async () => {
		const { officer } = await setting();
		const template = await makePartnership();
		const ale = await makeOrganisation({ name: 'Ale kommun' });
		const ghanzi = await makeOrganisation({ name: 'Ghanzi', countryCode: 'BW' });
		const budesti = await makeOrganisation({ name: 'Budești', countryCode: 'MD' });
		const fields: [string, string][] = [
			['programmeId', template.programmeId],
			['themeId', template.themeId],
			['networkId', ''],
			['title.sv', 'Inga avhopp'],
			['title.en', ''],
			['challenge.sv', ''],
			['startDate', '2025-01-01'],
			['endDate', ''],
			['partyIds', ale.id],
			['partyIds', ghanzi.id],
			['partyIds', budesti.id],
			['partyIds', '']
		];
		const result = await submit(newPartnership.default!, '/sv/admin/partnerships/new', {}, officer.actor, fields);
		expect(result.status).toBe(303);
		expect(result.location).toMatch(/^\/sv\/workspace\/partnerships\/ale-kommun-[a-z0-9-]+$/);

		const refused = await submit(newPartnership.default!, '/sv/admin/partnerships/new', {}, officer.actor, [
			...fields.filter(([key]) => key !== 'partyIds'),
			['partyIds', ghanzi.id],
			['partyIds', '']
		]);
		expect(refused.status).toBe(400);
		expect((refused.data!.errors as Record<string, string>).partyIds).toBeTruthy();
		expect((refused.data!.values as Record<string, string>)['title.sv']).toBe('Inga avhopp');
	});

	it('asks for a tick before terminating, then terminates; the page offers staff only allowed moves', async () => {
		const { partnership, officer, member } = await setting();
		const path = `/sv/workspace/partnerships/${partnership.slug}`;
		const params = { slug: partnership.slug };
		const unticked = await submit(overview.move!, path, params, officer.actor, [
			['to', 'terminated'],
			['reason', 'Kommunen drog sig ur.']
		]);
		expect(unticked.status).toBe(400);
		expect(unticked.data).toMatchObject({ which: 'terminate', errors: { confirm: expect.any(String) } });
		expect(await phaseOf(partnership.id)).toBe('application');

		const load = (actor: Actor) =>
			overviewLoad({ params, locals: { actor, locale: 'sv' } } as never) as Promise<{
				managing: { nextPhases: string[]; canTerminate: boolean } | null;
				editing: unknown;
			}>;
		expect((await load(officer.actor)).managing).toMatchObject({ nextPhases: ['inception'], canTerminate: true });
		expect(await load(member.actor)).toMatchObject({ managing: null, editing: null });

		const ticked = await submit(overview.move!, path, params, officer.actor, [
			['to', 'terminated'],
			['reason', 'Kommunen drog sig ur.'],
			['confirm', 'yes']
		]);
		expect(ticked).toMatchObject({ which: 'terminate' });
		expect(await phaseOf(partnership.id)).toBe('terminated');
		expect((await load(officer.actor)).managing).toMatchObject({ nextPhases: [], canTerminate: false });
	});

	it('saves the edit form of a coordinator and refuses a member’s with 403', async () => {
		const { partnership, coordinator, member } = await setting();
		const path = `/sv/workspace/partnerships/${partnership.slug}`;
		const fields: [string, string][] = [
			['title.sv', 'Nytt namn'],
			['startDate', '2024-01-01'],
			['endDate', '2026-06-30'],
			['networkId', '']
		];
		expect(await submit(overview.update!, path, { slug: partnership.slug }, coordinator.actor, fields)).toMatchObject({
			which: 'edit'
		});
		const [row] = await db().select().from(partnerships).where(eq(partnerships.id, partnership.id));
		expect(row).toMatchObject({ title: { sv: 'Nytt namn' }, endDate: '2026-06-30' });
		const refused = await submit(overview.update!, path, { slug: partnership.slug }, member.actor, fields);
		expect(refused.status).toBe(403);
	});
});
