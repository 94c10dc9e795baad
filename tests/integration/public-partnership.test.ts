import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import {
	indicatorPeriods,
	partnershipPhaseChanges,
	partnershipResults,
	partnerships,
	projectGroupMembers,
	resultIndicators,
	steeringGroupMembers
} from '$lib/server/db/schema';
import { publicPartnershipDetails } from '$lib/server/domain/partnerships/public';
import { load } from '../../src/routes/[lang=lang]/(public)/partnerships/[slug]/+page.server';
import { makeOrganisation, makePartnership } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

let partnership: { id: string; slug: string };
let jonkoping: string;
let stellenbosch: string;

beforeAll(async () => {
	jonkoping = (await makeOrganisation({ name: 'Jönköpings kommun' })).id;
	stellenbosch = (await makeOrganisation({ name: 'Stellenbosch', countryCode: 'ZA' })).id;
	partnership = await makePartnership({ partyIds: [jonkoping, stellenbosch] });
	await db()
		.update(partnerships)
		.set({
			objectives: { sv: 'Alla kan ta del av kommunens service' },
			principles: ['transparency', 'equality'],
			sdgGoals: [10, 5],
			// Published by staff: the public page shows it although its phase alone would not (decision 0013).
			publishedAt: new Date('2024-03-05T09:00:00Z')
		})
		.where(eq(partnerships.id, partnership.id));
	// The partnership was created (in the application phase) before it moved on.
	await db()
		.update(partnershipPhaseChanges)
		.set({ changedAt: new Date('2024-01-10T09:00:00Z') })
		.where(eq(partnershipPhaseChanges.partnershipId, partnership.id));
	await db()
		.insert(partnershipPhaseChanges)
		.values({
			partnershipId: partnership.id,
			fromPhase: 'application',
			toPhase: 'inception',
			changedAt: new Date('2024-03-01T09:00:00Z'),
			reason: 'Intern motivering som inte ska visas'
		});
	await db()
		.insert(steeringGroupMembers)
		.values([
			{
				partnershipId: partnership.id,
				organisationId: jonkoping,
				name: 'Anna Öppen',
				email: 'anna@example.org',
				politicalParty: 'Socialdemokraterna',
				standing: 'majority',
				role: 'chair',
				listedPublicly: true
			},
			{
				partnershipId: partnership.id,
				organisationId: stellenbosch,
				name: 'Bertil Hemlig',
				email: 'bertil@example.org',
				politicalParty: 'Democratic Alliance',
				standing: 'opposition',
				role: 'member',
				listedPublicly: false
			}
		]);
	await db()
		.insert(projectGroupMembers)
		.values([
			{
				partnershipId: partnership.id,
				organisationId: jonkoping,
				name: 'Cecilia Synlig',
				title: 'Utvecklingsstrateg',
				role: 'coordinator',
				listedPublicly: true
			},
			{
				partnershipId: partnership.id,
				organisationId: stellenbosch,
				name: 'David Dold',
				title: 'Senior planner in Stellenbosch',
				role: 'member',
				listedPublicly: false
			}
		]);
	const [result] = await db()
		.insert(partnershipResults)
		.values({ partnershipId: partnership.id, kind: 'outcome', title: { sv: 'Fler deltar' } })
		.returning();
	const [indicator] = await db()
		.insert(resultIndicators)
		.values({
			resultId: result!.id,
			kind: 'quantitative',
			name: { sv: 'Andel unga som deltar' },
			unit: '%',
			baselineValue: 10,
			baselineYear: 2023,
			targetValue: 30,
			targetYear: 2026
		})
		.returning();
	await db()
		.insert(indicatorPeriods)
		.values([
			{ indicatorId: indicator!.id, periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 20 },
			{ indicatorId: indicator!.id, periodStart: '2024-01-01', periodEnd: '2024-12-31', actualValue: 14 }
		]);
});

const hidden = ['Bertil Hemlig', 'David Dold', 'Senior planner', 'bertil@example.org', 'anna@example.org'];

describe('the public read of a partnership', () => {
	it('names only people who agreed to be listed; others by their role, side and party alone', async () => {
		const details = await publicPartnershipDetails(partnership.id);
		const text = JSON.stringify(details);
		for (const secret of hidden) expect(text).not.toContain(secret);
		expect(details.steeringGroup).toEqual([
			expect.objectContaining({ name: 'Anna Öppen', role: 'chair', standing: 'majority', organisationId: jonkoping }),
			expect.objectContaining({
				name: null,
				role: 'member',
				politicalParty: 'Democratic Alliance',
				standing: 'opposition',
				organisationId: stellenbosch
			})
		]);
		expect(details.projectGroup).toEqual([
			expect.objectContaining({ name: 'Cecilia Synlig', title: 'Utvecklingsstrateg', role: 'coordinator' }),
			expect.objectContaining({ name: null, title: null, role: 'member' })
		]);
	});

	it('sends the page nothing about unlisted people but their role and side', async () => {
		const data = await load({ params: { slug: partnership.slug }, locals: { locale: 'en' } } as never);
		const text = JSON.stringify(data);
		for (const secret of hidden) expect(text).not.toContain(secret);
		expect(text).toContain('Anna Öppen');
		expect(text).toContain('Cecilia Synlig');
		expect(data!.steeringGroup[1]).toMatchObject({ name: null, side: 'Stellenbosch' });
		expect(text).not.toContain('Intern motivering');
	});

	it('has the plan, the phases with their dates and results with their progress', async () => {
		const details = await publicPartnershipDetails(partnership.id);
		expect(details.objectives).toEqual({ sv: 'Alla kan ta del av kommunens service' });
		expect(details.principles).toEqual(['equality', 'transparency']);
		expect(details.sdgGoals).toEqual([5, 10]);
		expect(details.timeline.map((t) => t.phase)).toEqual(['application', 'inception']);
		expect(details.timeline.map((t) => t.date)).toEqual(['2024-01-10', '2024-03-01']);
		expect(details.results).toHaveLength(1);
		expect(details.results[0]!.indicators[0]).toMatchObject({
			baselineValue: 10,
			targetValue: 30,
			latestValue: 20,
			// The whole reporting period of the latest actual, not just its first day.
			latestPeriod: { start: '2025-01-01', end: '2025-12-31' },
			percent: 50
		});
	});

	it('is empty, not failing, for a partnership with nothing yet', async () => {
		const bare = await makePartnership();
		const details = await publicPartnershipDetails(bare.id);
		expect(details).toMatchObject({ principles: [], sdgGoals: [], steeringGroup: [], projectGroup: [], results: [] });
		expect(details.timeline).toHaveLength(1);
	});
});
