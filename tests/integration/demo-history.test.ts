import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { networks, organisations, partnerProfiles, partnershipParties, partnerships } from '$lib/server/db/schema';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { publicPartnershipDetails } from '$lib/server/domain/partnerships/public';
import { getPublicPartnershipBySlug, listPartnerships } from '$lib/server/domain/partnerships/queries';
import { phaseTimeline } from '$lib/server/domain/partnerships/workspace';
import { getPlan } from '$lib/server/domain/plan/queries';
import { projectLengthProblem } from '$lib/server/domain/programmes/rules';
import { seedDemo } from '$lib/server/seed/demo';
import { dayOf } from '$lib/time';
import { staff } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();
beforeAll(() => seedDemo(), 120_000);

const day = (at: Date) => at.toISOString().slice(0, 10);

describe('the demo partnerships’ history', () => {
	it('tells the human-rights network’s years: applied 2021, inception, project, completed in June 2024', async () => {
		const [pitea] = await db().select().from(partnerships).where(eq(partnerships.slug, 'pitea-chinsali'));
		expect(pitea).toMatchObject({ phase: 'completed', startDate: '2021-09-01', endDate: '2024-06-30' });
		const timeline = await phaseTimeline(pitea!.id);
		expect(timeline.map((t) => [t.fromPhase, t.toPhase, day(t.changedAt)])).toEqual([
			[null, 'application', '2021-03-12'],
			['application', 'inception', '2021-09-01'],
			['inception', 'project', '2022-09-01'],
			['project', 'completed', '2024-06-30']
		]);
		// What the public page says: completed since 30 June 2024, not since the day the demo was loaded.
		const shown = await publicPartnershipDetails(pitea!.id);
		expect(shown.timeline.at(-1)).toEqual({ phase: 'completed', date: '2024-06-30' });
	});

	it('is consistent for every partnership: it ends in its phase, inception on its start, nothing ahead of today', async () => {
		const today = dayOf(new Date());
		const rows = await db().select().from(partnerships).orderBy(asc(partnerships.slug));
		expect(rows).toHaveLength(13);
		for (const p of rows) {
			const timeline = await phaseTimeline(p.id);
			const days = timeline.map((t) => day(t.changedAt));
			expect(timeline[0]!.toPhase, p.slug).toBe('application');
			expect(timeline.at(-1)!.toPhase, p.slug).toBe(p.phase);
			expect(days, p.slug).toEqual([...days].sort());
			expect(days.at(-1)! <= today, p.slug).toBe(true);
			expect(day(p.createdAt), p.slug).toBe(days[0]);
			const inception = timeline.find((t) => t.toPhase === 'inception');
			if (inception) expect(day(inception.changedAt), p.slug).toBe(p.startDate);
			const completed = timeline.find((t) => t.toPhase === 'completed');
			if (completed) expect(day(completed.changedAt), p.slug).toBe(p.endDate);
			// In or past the project phase, it has a project period within the programme's 1–3 years.
			if (timeline.some((t) => t.toPhase === 'project'))
				expect(
					projectLengthProblem(p.projectStartDate, p.projectEndDate, { projectMinYears: 1, projectMaxYears: 3 }),
					p.slug
				).toBeNull();
		}
	});

	it('keeps Jönköping – Stellenbosch going, in its expansion, for the demo coordinators to work on', async () => {
		const [row] = await db().select().from(partnerships).where(eq(partnerships.slug, 'jonkoping-stellenbosch'));
		expect(row!.phase).toBe('expansion');
		expect((await getPlan(staff, { slug: 'jonkoping-stellenbosch' })).projectStartDate).toBe('2022-09-01');
	});
});

describe('the demo gender-equality network', () => {
	it('has partnerships of Swedish municipalities with Colombian and Guatemalan ones, not with the call’s seekers', async () => {
		const rows = await db()
			.select({ slug: partnerships.slug, country: organisations.countryCode, organisationId: organisations.id })
			.from(partnerships)
			.innerJoin(partnershipParties, eq(partnershipParties.partnershipId, partnerships.id))
			.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
			.where(eq(partnerships.networkId, (await networkId('gender-equality'))!));
		const slugs = [...new Set(rows.map((r) => r.slug))].sort();
		expect(slugs).toEqual(['amal-sogamoso', 'kungsor-coban', 'umea-popayan']);
		for (const slug of slugs)
			expect(
				rows.filter((r) => r.slug === slug).map((r) => r.country),
				slug
			).toEqual(expect.arrayContaining(['SE', expect.stringMatching(/^(CO|GT)$/)]));
		const seekers = (await db().select({ id: partnerProfiles.organisationId }).from(partnerProfiles)).map((p) => p.id);
		expect(rows.filter((r) => seekers.includes(r.organisationId))).toEqual([]);
	});

	it('shows the public the two in their project, with a plan, and not the one still in inception', async () => {
		const network = (await listNetworks()).find((n) => n.slug === 'gender-equality');
		expect(network!.partnershipCount).toBe(2);
		const listed = await listPartnerships({ networkSlug: 'gender-equality', page: 1, limit: 10 });
		expect(listed.items.map((p) => p.slug).sort()).toEqual(['kungsor-coban', 'umea-popayan']);
		expect(await getPublicPartnershipBySlug('amal-sogamoso')).toBeNull();
		const plan = await getPlan(staff, { slug: 'umea-popayan' });
		expect(plan).toMatchObject({ projectStartDate: '2025-09-01', projectEndDate: '2026-12-31' });
		expect(plan.sdgGoals).toContain(5);
	});
});

async function networkId(slug: string) {
	const [row] = await db().select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
	return row?.id;
}
