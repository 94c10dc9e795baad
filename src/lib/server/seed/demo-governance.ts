import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { organisations, partnershipParties, partnerships, steeringGroupMembers } from '$lib/server/db/schema';
import type { Actor } from '../domain/accounts/actor';
import { addExecutor } from '../domain/governance/add-executor';
import { addProjectMember } from '../domain/governance/add-project-member';
import { addSteeringMember } from '../domain/governance/add-steering-member';
import { createOrganisation } from '../domain/organisations/create-organisation';
import { log } from '../log';

// Demo governance for Jönköping – Stellenbosch, through the same use cases as everyone else. The people
// are invented. Stellenbosch has not seated its politicians yet, so the tab shows the warnings for its side.

const PARTNERSHIP = 'jonkoping-stellenbosch';
const UNIVERSITY = 'Jönköping University';

/** Seeds the steering group, project group and an executor of the demo's Jönköping – Stellenbosch partnership. */
export async function seedGovernanceDemo(system: Actor): Promise<void> {
	const [partnership] = await db()
		.select({ id: partnerships.id })
		.from(partnerships)
		.where(eq(partnerships.slug, PARTNERSHIP));
	if (!partnership) return;
	const seated = await db().$count(steeringGroupMembers, eq(steeringGroupMembers.partnershipId, partnership.id));
	if (seated > 0) return;
	const parties = await db()
		.select({ id: organisations.id, countryCode: organisations.countryCode })
		.from(partnershipParties)
		.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
		.where(eq(partnershipParties.partnershipId, partnership.id));
	const se = parties.find((p) => p.countryCode === 'SE')?.id;
	const za = parties.find((p) => p.countryCode !== 'SE')?.id;
	if (!se || !za) return;

	const steering = [
		{ name: 'Karin Ljungberg', organisationId: se, politicalParty: 'Moderaterna', standing: 'majority', role: 'chair' },
		{
			name: 'Per Axelsson',
			organisationId: se,
			politicalParty: 'Kristdemokraterna',
			standing: 'majority',
			role: 'member'
		},
		{
			name: 'Sofia Hallberg',
			organisationId: se,
			politicalParty: 'Socialdemokraterna',
			standing: 'opposition',
			role: 'vice_chair'
		}
	] as const;
	for (const [i, politician] of steering.entries())
		await addSteeringMember(system, partnership.id, { ...politician, listedPublicly: i !== 1 });

	const project = [
		{
			name: 'Lena Åström',
			email: 'lena.astrom@example.org',
			title: 'Tillgänglighetsstrateg',
			organisationId: se,
			role: 'coordinator'
		},
		{ name: 'Mikael Nyström', title: 'Utvecklingsledare, skolförvaltningen', organisationId: se, role: 'member' },
		{
			name: 'Nomvula Khumalo',
			email: 'nomvula.khumalo@example.org',
			title: 'Disability Programme Coordinator',
			organisationId: za,
			role: 'coordinator'
		},
		{ name: 'Ruan Petersen', title: 'Community Development Officer', organisationId: za, role: 'member' }
	] as const;
	for (const official of project)
		await addProjectMember(system, partnership.id, { ...official, listedPublicly: official.role === 'coordinator' });

	const university =
		(await organisationId(UNIVERSITY)) ??
		(
			await createOrganisation(system, {
				name: UNIVERSITY,
				kind: 'university',
				countryCode: 'SE',
				subdivision: 'Jönköping',
				latitude: 57.7783,
				longitude: 14.1618,
				description: {}
			})
		).id;
	await addExecutor(system, partnership.id, {
		organisationId: university,
		tasks: {
			sv: 'Tar fram utbildningsmaterial om skadliga normer bakom könsrelaterat våld och utbildar lärare i båda kommunerna.',
			en: 'Develops training material on the harmful norms behind gender-based violence and trains teachers in both municipalities.',
			es: 'Elabora material de formación sobre las normas dañinas detrás de la violencia de género y forma a docentes en ambos municipios.'
		}
	});
	log.debug({ partnership: PARTNERSHIP }, 'demo governance loaded');
}

async function organisationId(name: string): Promise<string | undefined> {
	const [row] = await db()
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.name, name))
		.limit(1);
	return row?.id;
}
