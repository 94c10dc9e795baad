import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { auditEvents, indicatorPeriods, partnershipResults, programmes, resultIndicators } from '$lib/server/db/schema';
import { getPlan } from '$lib/server/domain/plan/queries';
import type { PlanInput } from '$lib/server/domain/plan/schemas';
import { updatePlan } from '$lib/server/domain/plan/update-plan';
import { addIndicator } from '$lib/server/domain/results/add-indicator';
import { addPeriod } from '$lib/server/domain/results/add-period';
import { addResult } from '$lib/server/domain/results/add-result';
import { getResultsFramework } from '$lib/server/domain/results/queries';
import { removeIndicator } from '$lib/server/domain/results/remove-indicator';
import { removePeriod } from '$lib/server/domain/results/remove-period';
import { removeResult } from '$lib/server/domain/results/remove-result';
import { updateIndicator } from '$lib/server/domain/results/update-indicator';
import { updatePeriod } from '$lib/server/domain/results/update-period';
import { updateResult } from '$lib/server/domain/results/update-result';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { partnershipFor } from '$lib/server/domain/partnerships/access';
import { errorSchema } from '$lib/server/api/schemas';
import {
	indicatorDocumentSchema,
	periodDocumentSchema,
	planDocumentSchema,
	resultDocumentSchema,
	resultsFrameworkSchema
} from '$lib/server/domain/plan/api/schemas';
import { anonymous } from '$lib/server/domain/accounts/actor';
import * as planRoute from '../../src/routes/api/v1/partnerships/[id]/plan/+server';
import * as resultsRoute from '../../src/routes/api/v1/partnerships/[id]/results/+server';
import * as resultRoute from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/+server';
import * as indicatorsRoute from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/+server';
import * as indicatorRoute from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/[indicatorId]/+server';
import * as periodsRoute from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/[indicatorId]/periods/+server';
import * as periodRoute from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/[indicatorId]/periods/[periodId]/+server';
import { makeOrganisation, makePartnership, makeUser, staff } from '../factories';
import { api, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

let partnershipId: string;
let swedishId: string;
let partnerId: string;
let coordinator: Actor;
let partnerCoordinator: Actor;
let member: Actor;
let stranger: Actor;

beforeAll(async () => {
	const swedish = await makeOrganisation({ name: 'Jönköpings kommun' });
	const partner = await makeOrganisation({ name: 'Stellenbosch Municipality', countryCode: 'ZA' });
	const other = await makeOrganisation();
	const partnership = await makePartnership({ partyIds: [swedish.id, partner.id] });
	partnershipId = partnership.id;
	swedishId = swedish.id;
	partnerId = partner.id;
	coordinator = (await makeUser({ organisationId: swedish.id, role: 'coordinator' })).actor;
	partnerCoordinator = (await makeUser({ organisationId: partner.id, role: 'coordinator' })).actor;
	member = (await makeUser({ organisationId: swedish.id, role: 'member' })).actor;
	stranger = (await makeUser({ organisationId: other.id, role: 'coordinator' })).actor;
});

const goodPlan = (): PlanInput => ({
	challenge: { sv: 'Hinder för personer med funktionsnedsättning', en: 'Barriers for people with disabilities' },
	objectives: { en: 'Accessible public buildings' },
	principles: ['participation', 'equality'],
	sdgGoals: [5, 10],
	sdgTargets: ['10.2', '5.5'],
	projectStartDate: '2025-01-01',
	projectEndDate: '2026-12-31',
	mutualBenefit: {
		[swedishId]: { sv: 'Nya metoder för delaktighet' },
		[partnerId]: { en: 'Experience of accessible planning' }
	}
});

const auditRows = (subjectId: string, action: string) =>
	db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.subjectId, subjectId), eq(auditEvents.action, action)));

describe('updatePlan', () => {
	it('saves the plan for a coordinator of a party, and audits it with before and after', async () => {
		const plan = await updatePlan(coordinator, partnershipId, goodPlan());
		expect(plan).toMatchObject({
			principles: ['equality', 'participation'],
			sdgGoals: [5, 10],
			sdgTargets: ['5.5', '10.2'],
			projectStartDate: '2025-01-01',
			projectEndDate: '2026-12-31',
			projectYears: { min: 1, max: 3 }
		});
		expect(plan.parties.map((p) => [p.name, p.mutualBenefit])).toEqual([
			['Jönköpings kommun', { sv: 'Nya metoder för delaktighet' }],
			['Stellenbosch Municipality', { en: 'Experience of accessible planning' }]
		]);
		expect(await getPlan(member, partnershipId)).toEqual(plan);
		const [audit] = await auditRows(partnershipId, 'partnership.plan_updated');
		expect(audit).toMatchObject({ subjectType: 'partnership', partnershipId });
		expect((audit!.before as { sdgGoals: number[] }).sdgGoals).toEqual([]);
		expect((audit!.after as { sdgGoals: number[] }).sdgGoals).toEqual([5, 10]);
	});

	it('lets the partner’s coordinator and staff edit too', async () => {
		await updatePlan(partnerCoordinator, partnershipId, { ...goodPlan(), principles: ['accountability'] });
		expect((await updatePlan(staff, partnershipId, goodPlan())).principles).toEqual(['equality', 'participation']);
	});

	it('refuses a project period outside the programme’s range, with the reason, and changes nothing', async () => {
		const before = await getPlan(coordinator, partnershipId);
		const short = await fieldErrors(
			updatePlan(coordinator, partnershipId, {
				...goodPlan(),
				projectStartDate: '2025-01-01',
				projectEndDate: '2025-06-30'
			})
		);
		expect(short.projectEndDate).toMatch(/kort.*1–3/);
		const long = await fieldErrors(
			updatePlan(coordinator, partnershipId, {
				...goodPlan(),
				projectStartDate: '2025-01-01',
				projectEndDate: '2029-01-01'
			})
		);
		expect(long.projectEndDate).toMatch(/långt.*1–3/);
		const half = await fieldErrors(updatePlan(coordinator, partnershipId, { ...goodPlan(), projectStartDate: '' }));
		expect(half.projectStartDate).toBeTruthy();
		expect(await getPlan(coordinator, partnershipId)).toEqual(before);
	});

	it('follows the programme’s own rule', async () => {
		const { partnership } = await partnershipFor(db(), staff, partnershipId, 'read');
		await db()
			.update(programmes)
			.set({ projectMinYears: 2, projectMaxYears: 4 })
			.where(eq(programmes.id, partnership.programmeId));
		try {
			const errors = await fieldErrors(
				updatePlan(coordinator, partnershipId, { ...goodPlan(), projectEndDate: '2025-12-31' })
			);
			expect(errors.projectEndDate).toMatch(/2–4/);
			await updatePlan(coordinator, partnershipId, { ...goodPlan(), projectEndDate: '2028-12-31' });
		} finally {
			await db()
				.update(programmes)
				.set({ projectMinYears: 1, projectMaxYears: 3 })
				.where(eq(programmes.id, partnership.programmeId));
		}
	});

	it('refuses targets without their goal and a mutual benefit for a non-party, writing nothing', async () => {
		const before = await getPlan(coordinator, partnershipId);
		const orphan = await fieldErrors(
			updatePlan(coordinator, partnershipId, { ...goodPlan(), sdgTargets: ['5.5', '16.7'] })
		);
		expect(orphan.sdgTargets).toContain('16.7');
		const unknown = await fieldErrors(updatePlan(coordinator, partnershipId, { ...goodPlan(), sdgTargets: ['5.99'] }));
		expect(unknown['sdgTargets.0']).toBeTruthy();
		const stranger = await makeOrganisation();
		const benefit = await fieldErrors(
			updatePlan(coordinator, partnershipId, { ...goodPlan(), mutualBenefit: { [stranger.id]: { sv: 'Nytta' } } })
		);
		expect(benefit.mutualBenefit).toBeTruthy();
		expect(await getPlan(coordinator, partnershipId)).toEqual(before);
	});

	it('is refused to a member (403) and unknown to another organisation (404)', async () => {
		await appError(updatePlan(member, partnershipId, goodPlan()), 'forbidden');
		await appError(updatePlan(stranger, partnershipId, goodPlan()), 'not_found');
		await appError(getPlan(stranger, partnershipId), 'not_found');
	});
});

const quantitative = {
	kind: 'quantitative' as const,
	name: { sv: 'Tillgängliga entréer', en: 'Accessible entrances' },
	unit: '%',
	baselineValue: 20,
	baselineYear: 2024,
	targetValue: 60,
	targetYear: 2026
};

describe('the results framework', () => {
	it('adds, changes and removes results, indicators and periods, with progress and audit rows', async () => {
		const result = await addResult(coordinator, partnershipId, {
			kind: 'outcome',
			title: { sv: 'Tillgängliga lokaler' }
		});
		expect(result.position).toBe(0);
		const second = await addResult(coordinator, partnershipId, { kind: 'output', title: { en: 'Trained staff' } });
		expect(second.position).toBe(1);
		const indicator = await addIndicator(
			coordinator,
			{ partnership: partnershipId, resultId: result.id },
			quantitative
		);
		const ref = { partnership: partnershipId, resultId: result.id, indicatorId: indicator.id };
		const first = await addPeriod(coordinator, ref, {
			periodStart: '2025-01-01',
			periodEnd: '2025-06-30',
			actualValue: 30
		});
		await addPeriod(coordinator, ref, {
			periodStart: '2025-07-01',
			periodEnd: '2025-12-31',
			actualValue: 40,
			narrative: { sv: 'Tre skolor byggde om entréerna.' }
		});

		let framework = await getResultsFramework(member, partnershipId);
		expect(framework.map((r) => r.id)).toEqual([result.id, second.id]);
		expect(framework[0]!.indicators[0]!.progress).toEqual({
			percent: 50,
			latestValue: 40,
			latestPeriodStart: '2025-07-01'
		});
		expect(framework[0]!.indicators[0]!.periods.map((p) => p.actualValue)).toEqual([30, 40]);

		await updateResult(
			coordinator,
			{ partnership: partnershipId, resultId: result.id },
			{ description: { en: 'Buildings' } }
		);
		await updateIndicator(coordinator, ref, { targetValue: 30, unit: null });
		await updatePeriod(coordinator, { ...ref, periodId: first.id }, { actualValue: 25 });
		framework = await getResultsFramework(coordinator, partnershipId);
		expect(framework[0]).toMatchObject({ title: { sv: 'Tillgängliga lokaler' }, description: { en: 'Buildings' } });
		expect(framework[0]!.indicators[0]).toMatchObject({
			targetValue: 30,
			unit: null,
			baselineValue: 20,
			kind: 'quantitative'
		});
		expect(framework[0]!.indicators[0]!.progress?.percent).toBe(100);
		expect(framework[0]!.indicators[0]!.periods[0]!.actualValue).toBe(25);

		await removePeriod(coordinator, { ...ref, periodId: first.id });
		await removeIndicator(coordinator, ref);
		await removeResult(coordinator, { partnership: partnershipId, resultId: second.id });
		framework = await getResultsFramework(coordinator, partnershipId);
		expect(framework.map((r) => [r.id, r.indicators.length])).toEqual([[result.id, 0]]);

		expect(await auditRows(result.id, 'partnership_result.created')).toHaveLength(1);
		expect(await auditRows(result.id, 'partnership_result.updated')).toHaveLength(1);
		expect(await auditRows(indicator.id, 'result_indicator.updated')).toHaveLength(1);
		expect(await auditRows(indicator.id, 'result_indicator.removed')).toHaveLength(1);
		expect(await auditRows(first.id, 'indicator_period.created')).toHaveLength(1);
		expect(await auditRows(first.id, 'indicator_period.updated')).toHaveLength(1);
		const [removed] = await auditRows(first.id, 'indicator_period.removed');
		expect(removed).toMatchObject({ partnershipId, organisationIds: expect.arrayContaining([swedishId, partnerId]) });
	});

	it('removes a result with its indicators and periods', async () => {
		const result = await addResult(coordinator, partnershipId, { kind: 'output', title: { sv: 'Kurser' } });
		const indicator = await addIndicator(
			coordinator,
			{ partnership: partnershipId, resultId: result.id },
			quantitative
		);
		await addPeriod(
			coordinator,
			{ partnership: partnershipId, resultId: result.id, indicatorId: indicator.id },
			{ periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 1 }
		);
		await removeResult(staff, { partnership: partnershipId, resultId: result.id });
		expect(await db().$count(resultIndicators, eq(resultIndicators.id, indicator.id))).toBe(0);
		expect(await db().$count(indicatorPeriods, eq(indicatorPeriods.indicatorId, indicator.id))).toBe(0);
		const [audit] = await auditRows(result.id, 'partnership_result.removed');
		expect((audit!.before as { indicators: { periods: unknown[] }[] }).indicators[0]!.periods).toHaveLength(1);
	});

	it('records qualitative indicators in words, and wants the actual its kind needs', async () => {
		const result = await addResult(coordinator, partnershipId, { kind: 'outcome', title: { sv: 'Rutiner' } });
		const indicator = await addIndicator(
			coordinator,
			{ partnership: partnershipId, resultId: result.id },
			{
				kind: 'qualitative',
				name: { sv: 'Rutin för samråd' },
				baselineText: { sv: 'Saknas' },
				targetText: { sv: 'Antagen' }
			}
		);
		expect(indicator.progress).toBeNull();
		const ref = { partnership: partnershipId, resultId: result.id, indicatorId: indicator.id };
		const errors = await fieldErrors(
			addPeriod(coordinator, ref, { periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 3 })
		);
		expect(errors.actualText).toBeTruthy();
		const period = await addPeriod(coordinator, ref, {
			periodStart: '2025-01-01',
			periodEnd: '2025-12-31',
			actualValue: 3,
			actualText: { sv: 'Utkast klart' }
		});
		expect(period).toMatchObject({ actualValue: null, actualText: { sv: 'Utkast klart' } });
		const kept = await updateIndicator(coordinator, ref, {
			kind: 'quantitative',
			targetText: { en: 'Adopted' }
		} as never);
		expect(kept).toMatchObject({ kind: 'qualitative', targetText: { en: 'Adopted' } });
	});

	it('refuses a second period starting the same day, and a period ending before it starts', async () => {
		const result = await addResult(coordinator, partnershipId, { kind: 'output', title: { sv: 'Utbildade' } });
		const indicator = await addIndicator(
			coordinator,
			{ partnership: partnershipId, resultId: result.id },
			quantitative
		);
		const ref = { partnership: partnershipId, resultId: result.id, indicatorId: indicator.id };
		const period = await addPeriod(coordinator, ref, {
			periodStart: '2025-01-01',
			periodEnd: '2025-06-30',
			actualValue: 1
		});
		const later = await addPeriod(coordinator, ref, {
			periodStart: '2025-07-01',
			periodEnd: '2025-12-31',
			actualValue: 2
		});
		const duplicate = await fieldErrors(
			addPeriod(coordinator, ref, { periodStart: '2025-01-01', periodEnd: '2025-03-31', actualValue: 5 })
		);
		expect(duplicate.periodStart).toMatch(/redan/);
		const moved = await fieldErrors(
			updatePeriod(coordinator, { ...ref, periodId: later.id }, { periodStart: '2025-01-01' })
		);
		expect(moved.periodStart).toBeTruthy();
		const backwards = await fieldErrors(
			updatePeriod(coordinator, { ...ref, periodId: period.id }, { periodEnd: '2024-12-31' })
		);
		expect(backwards.periodEnd).toBeTruthy();
		expect(await db().$count(indicatorPeriods, eq(indicatorPeriods.indicatorId, indicator.id))).toBe(2);
		await updatePeriod(coordinator, { ...ref, periodId: period.id }, { periodEnd: '2025-05-31' });
	});

	it('answers 404 for ids of another partnership, and for ids that are not ids', async () => {
		const elsewhere = await makePartnership();
		const theirs = await addResult(staff, elsewhere.id, { kind: 'output', title: { sv: 'Deras' } });
		const theirIndicator = await addIndicator(staff, { partnership: elsewhere.id, resultId: theirs.id }, quantitative);
		const mine = await addResult(coordinator, partnershipId, { kind: 'output', title: { sv: 'Mitt' } });
		const myIndicator = await addIndicator(
			coordinator,
			{ partnership: partnershipId, resultId: mine.id },
			quantitative
		);
		const theirPeriod = await addPeriod(
			staff,
			{ partnership: elsewhere.id, resultId: theirs.id, indicatorId: theirIndicator.id },
			{ periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 1 }
		);

		await appError(
			updateResult(coordinator, { partnership: partnershipId, resultId: theirs.id }, { title: { sv: 'X' } }),
			'not_found'
		);
		await appError(removeResult(coordinator, { partnership: partnershipId, resultId: theirs.id }), 'not_found');
		await appError(
			addIndicator(coordinator, { partnership: partnershipId, resultId: theirs.id }, quantitative),
			'not_found'
		);
		await appError(
			updateIndicator(
				coordinator,
				{ partnership: partnershipId, resultId: mine.id, indicatorId: theirIndicator.id },
				{}
			),
			'not_found'
		);
		await appError(
			removePeriod(coordinator, {
				partnership: partnershipId,
				resultId: mine.id,
				indicatorId: myIndicator.id,
				periodId: theirPeriod.id
			}),
			'not_found'
		);
		await appError(removeResult(coordinator, { partnership: partnershipId, resultId: 'not-a-uuid' }), 'not_found');
		expect(await db().$count(partnershipResults, eq(partnershipResults.id, theirs.id))).toBe(1);
	});

	it('is refused to a member (403) and unknown to another organisation (404)', async () => {
		const input = { kind: 'output' as const, title: { sv: 'X' } };
		await appError(addResult(member, partnershipId, input), 'forbidden');
		await appError(addResult(stranger, partnershipId, input), 'not_found');
		await appError(getResultsFramework(stranger, partnershipId), 'not_found');
		expect(await getResultsFramework(member, partnershipId)).not.toHaveLength(0);
	});

	it('refuses invalid input with field errors and writes nothing', async () => {
		const before = await db().$count(partnershipResults);
		const errors = await fieldErrors(addResult(coordinator, partnershipId, { kind: 'output', title: {} }));
		expect(errors.title).toBeTruthy();
		const result = await addResult(coordinator, partnershipId, { kind: 'output', title: { sv: 'Y' } });
		const indicatorErrors = await fieldErrors(
			addIndicator(
				coordinator,
				{ partnership: partnershipId, resultId: result.id },
				{ kind: 'quantitative', name: { sv: 'Z' } }
			)
		);
		expect(Object.keys(indicatorErrors).sort()).toEqual(['baselineValue', 'baselineYear', 'targetValue']);
		const cleared = await fieldErrors(
			updateResult(coordinator, { partnership: partnershipId, resultId: result.id }, { title: null } as never)
		);
		expect(cleared.title).toBeTruthy();
		expect(await db().$count(partnershipResults)).toBe(before + 1);
		expect(await db().$count(resultIndicators, eq(resultIndicators.resultId, result.id))).toBe(0);
	});
});

/** Calls an API handler the way SvelteKit would, with only what the API reads from the event. */
const call = (handler: Handler, actor: Actor, params: Record<string, string>, method = 'GET', body?: unknown) =>
	api(handler, method, '/api/v1/partnerships/x', { actor, params, body });

describe('/api/v1/partnerships/{id}/plan and /results', () => {
	it('reads and replaces the plan, and answers field errors as the forms do', async () => {
		const id = { id: partnershipId };
		const put = await call(planRoute.PUT, coordinator, id, 'PUT', goodPlan());
		expect(put.status).toBe(200);
		expect(planDocumentSchema.parse(put.body).data.sdgTargets).toEqual(['5.5', '10.2']);
		const got = await call(planRoute.GET, member, id);
		expect(planDocumentSchema.parse(got.body).data).toEqual(planDocumentSchema.parse(put.body).data);
		const bad = await call(planRoute.PUT, coordinator, id, 'PUT', { ...goodPlan(), sdgGoals: [10] });
		expect(bad.status).toBe(400);
		expect(errorSchema.parse(bad.body).error).toMatchObject({
			code: 'invalid_input',
			fields: { sdgTargets: expect.any(String) }
		});
		expect((await call(planRoute.PUT, member, id, 'PUT', goodPlan())).status).toBe(403);
		expect((await call(planRoute.GET, stranger, id)).status).toBe(404);
		expect((await call(planRoute.GET, anonymous, id)).status).toBe(401);
	});

	it('builds a framework: result, indicator, period; reads it with progress; patches and deletes', async () => {
		const id = { id: partnershipId };
		const result = resultDocumentSchema.parse(
			(await call(resultsRoute.POST, coordinator, id, 'POST', { kind: 'outcome', title: { en: 'Via the API' } })).body
		).data;
		const resultParams = { ...id, resultId: result.id };
		const created = await call(indicatorsRoute.POST, coordinator, resultParams, 'POST', {
			...quantitative,
			baselineValue: 0,
			targetValue: 8
		});
		expect(created.status).toBe(201);
		const indicator = indicatorDocumentSchema.parse(created.body).data;
		const indicatorParams = { ...resultParams, indicatorId: indicator.id };
		const period = periodDocumentSchema.parse(
			(
				await call(periodsRoute.POST, coordinator, indicatorParams, 'POST', {
					periodStart: '2025-01-01',
					periodEnd: '2025-12-31',
					actualValue: 2
				})
			).body
		).data;
		const duplicate = await call(periodsRoute.POST, coordinator, indicatorParams, 'POST', {
			periodStart: '2025-01-01',
			periodEnd: '2025-03-31',
			actualValue: 3
		});
		expect(errorSchema.parse(duplicate.body).error.fields?.periodStart).toBeTruthy();

		const framework = resultsFrameworkSchema.parse((await call(resultsRoute.GET, member, id)).body).data;
		const read = framework.find((r) => r.id === result.id)!;
		expect(read.indicators[0]!.progress?.percent).toBe(25);

		const patched = await call(periodRoute.PATCH, coordinator, { ...indicatorParams, periodId: period.id }, 'PATCH', {
			actualValue: 4
		});
		expect(periodDocumentSchema.parse(patched.body).data.actualValue).toBe(4);
		const renamed = await call(indicatorRoute.PATCH, coordinator, indicatorParams, 'PATCH', {
			name: { es: 'Entradas' }
		});
		expect(indicatorDocumentSchema.parse(renamed.body).data).toMatchObject({
			name: { es: 'Entradas' },
			progress: { percent: 50 }
		});
		expect((await call(resultRoute.PATCH, member, resultParams, 'PATCH', { kind: 'output' })).status).toBe(403);
		expect((await call(resultRoute.PATCH, coordinator, resultParams, 'PATCH', { kind: 'output' })).status).toBe(200);

		expect(
			(await call(periodRoute.DELETE, coordinator, { ...indicatorParams, periodId: period.id }, 'DELETE')).status
		).toBe(204);
		expect((await call(indicatorRoute.DELETE, coordinator, indicatorParams, 'DELETE')).status).toBe(204);
		expect((await call(resultRoute.DELETE, stranger, resultParams, 'DELETE')).status).toBe(404);
		expect((await call(resultRoute.DELETE, coordinator, resultParams, 'DELETE')).status).toBe(204);
		expect((await call(resultRoute.DELETE, coordinator, resultParams, 'DELETE')).status).toBe(404);
	});

	it('checks who asks before the input, so outsiders learn nothing from field errors', async () => {
		await appError(addResult(stranger, partnershipId, { kind: 'nonsense' } as never), 'not_found');
		await appError(updatePlan(member, partnershipId, { sdgGoals: [99] }), 'forbidden');
	});
});
