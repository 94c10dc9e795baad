import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { partnerships, steeringGroupMembers } from '$lib/server/db/schema';
import { addSteeringMember } from '$lib/server/domain/governance/add-steering-member';
import { governanceOf } from '$lib/server/domain/governance/queries';
import { movePhase } from '$lib/server/domain/partnerships/move-phase';
import { partnershipDetail, workspacePartnerships } from '$lib/server/domain/partnerships/workspace';
import { updatePlan } from '$lib/server/domain/plan/update-plan';
import { addPeriod } from '$lib/server/domain/results/add-period';
import { addResult } from '$lib/server/domain/results/add-result';
import { removeResult } from '$lib/server/domain/results/remove-result';
import { dayOf, nextDay } from '$lib/time';
import * as planRoute from '../../src/routes/api/v1/partnerships/[id]/plan/+server';
import * as steeringRoute from '../../src/routes/api/v1/partnerships/[id]/steering-group/+server';
import * as resultsRoute from '../../src/routes/api/v1/partnerships/[id]/results/+server';
import { load as layout } from '../../src/routes/[lang=lang]/(workspace)/workspace/partnerships/[slug]/+layout.server';
import { makeOrganisation, makePartnership, makeUser, staff } from '../factories';
import { api, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

// A partnership that ran its project (2024–2025) with a steering group seated on the Swedish side only:
// the programme's rules would warn about the other side while it runs.
async function ranItsProject() {
	const swedish = await makeOrganisation();
	const partner = await makeOrganisation({ countryCode: 'ZA', name: `Municipality ${crypto.randomUUID()}` });
	const partnership = await makePartnership({
		phase: 'project',
		partyIds: [swedish.id, partner.id],
		startDate: '2024-01-01',
		endDate: '2025-12-31'
	});
	const coordinator = await makeUser({ organisationId: swedish.id, role: 'coordinator' });
	await addSteeringMember(coordinator.actor, partnership.id, {
		name: 'Anna Lindgren',
		organisationId: swedish.id,
		politicalParty: 'Socialdemokraterna',
		standing: 'majority',
		role: 'chair'
	});
	const result = await addResult(coordinator.actor, partnership.id, { kind: 'outcome', title: { sv: 'Resultat' } });
	return { partnership, swedish, partner, coordinator, result };
}

const plan = { challenge: { sv: 'Utmaning' }, objectives: { sv: 'Mål' }, principles: [], sdgGoals: [], sdgTargets: [] };

describe('a completed or terminated partnership', () => {
	let completed: Awaited<ReturnType<typeof ranItsProject>>;
	let terminated: Awaited<ReturnType<typeof ranItsProject>>;

	beforeAll(async () => {
		completed = await ranItsProject();
		await movePhase(staff, completed.partnership.id, { to: 'completed' });
		terminated = await ranItsProject();
		await movePhase(staff, terminated.partnership.id, { to: 'terminated', reason: 'Kommunen drog sig ur.' });
	});

	it('refuses changes to its plan, results and governance with a 409 that says why', async () => {
		for (const { partnership, coordinator, result, swedish } of [completed, terminated]) {
			const actor = coordinator.actor;
			const refusal = await appError(updatePlan(actor, partnership.id, { ...plan, mutualBenefit: {} }), 'conflict');
			expect(refusal.message).toMatch(partnership === completed.partnership ? /avslutat/ : /avbrutet/);
			await appError(addResult(actor, partnership.id, { kind: 'output', title: { sv: 'Nytt' } }), 'conflict');
			await appError(removeResult(actor, { partnership: partnership.id, resultId: result.id }), 'conflict');
			await appError(
				addPeriod(
					staff,
					{ partnership: partnership.id, resultId: result.id, indicatorId: crypto.randomUUID() },
					{ periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 1 }
				),
				'conflict'
			);
			await appError(
				addSteeringMember(staff, partnership.id, {
					name: 'Thabo Nkosi',
					organisationId: swedish.id,
					politicalParty: 'Moderaterna',
					standing: 'opposition'
				}),
				'conflict'
			);
		}
		expect(
			await db().$count(steeringGroupMembers, eq(steeringGroupMembers.partnershipId, completed.partnership.id))
		).toBe(1);
	});

	it('answers the API with 409 and the reason, for plan, results and steering group alike', async () => {
		const id = completed.partnership.id;
		const actor = completed.coordinator.actor;
		const calls: [Handler, string, unknown][] = [
			[planRoute.PUT as Handler, 'PUT', { ...plan, mutualBenefit: {} }],
			[resultsRoute.POST as Handler, 'POST', { kind: 'output', title: { en: 'New' } }],
			[steeringRoute.POST as Handler, 'POST', { name: 'X', organisationId: completed.swedish.id, standing: 'majority' }]
		];
		for (const [handler, method, body] of calls) {
			const answer = await api(handler, method, `/api/v1/partnerships/${id}`, { actor, body, params: { id } });
			expect(answer.status).toBe(409);
			expect((answer.body.error as { code: string; message: string }).code).toBe('conflict');
			expect((answer.body.error as { message: string }).message).toMatch(/avslutat/);
		}
	});

	it('shows no open governance warnings, while one still running does', async () => {
		const running = await ranItsProject();
		expect((await partnershipDetail(staff, running.partnership.id)).warnings.length).toBeGreaterThan(0);
		for (const { partnership } of [completed, terminated]) {
			expect((await partnershipDetail(staff, partnership.id)).warnings).toEqual([]);
			expect(await governanceOf(staff, partnership.id)).toMatchObject({ ended: true, warnings: [] });
		}
		const listed = await workspacePartnerships(completed.coordinator.actor, { page: 1, limit: 10 });
		expect(listed.items.map((p) => [p.slug, p.warnings.length])).toEqual([[completed.partnership.slug, 0]]);
	});

	it('is read only in the workspace, with the reason, even for its coordinators', async () => {
		const data = (await layout({
			locals: { actor: completed.coordinator.actor, locale: 'sv' },
			params: { slug: completed.partnership.slug }
		} as never)) as { canEdit: boolean; endedNotice: string | null };
		expect(data.canEdit).toBe(false);
		expect(data.endedNotice).toMatch(/avslutat/);
	});
});

describe('completing a partnership', () => {
	it('waits for the partnership to have started, and says from when', async () => {
		const today = dayOf(new Date());
		const starting = await makePartnership({ phase: 'project', startDate: nextDay(today), endDate: '2099-12-31' });
		const refused = await fieldErrors(movePhase(staff, starting.id, { to: 'completed' }));
		expect(refused.to).toMatch(/innan det har börjat/);
		expect(refused.to).toContain(String(Number(nextDay(today).slice(0, 4))));

		// Without its own start date, the project's counts.
		const undated = await makePartnership({ phase: 'project', startDate: undefined, endDate: undefined });
		await db()
			.update(partnerships)
			.set({ projectStartDate: nextDay(today), projectEndDate: '2099-12-31' })
			.where(eq(partnerships.id, undated.id));
		expect((await fieldErrors(movePhase(staff, undated.id, { to: 'completed' }))).to).toMatch(/innan/);

		await db().update(partnerships).set({ startDate: today }).where(eq(partnerships.id, starting.id));
		await movePhase(staff, starting.id, { to: 'completed' });
		const [row] = await db().select().from(partnerships).where(eq(partnerships.id, starting.id));
		expect(row!.phase).toBe('completed');
	});
});
