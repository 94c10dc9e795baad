import { hashPassword } from 'better-auth/crypto';
import { db } from '$lib/server/db/client';
import { accounts, memberships, programmeCountries, programmes, themes, users } from '$lib/server/db/schema';
import type { Actor } from '../domain/accounts/actor';
import { createNetwork } from '../domain/networks/create-network';
import { createOrganisation } from '../domain/organisations/create-organisation';
import { createPartnership } from '../domain/partnerships/create-partnership';
import { log } from '../log';
import { seedCallsDemo } from './demo-calls';
import { seedExpressionsDemo } from './demo-expressions';
import { seedGovernanceDemo } from './demo-governance';
import { seedPlanDemo } from './demo-plan';
import { seedProfilesDemo } from './demo-profiles';
import { DEMO_PASSWORD, demoOrganisations, demoPartnerships, demoPeople, demoThemes } from './demo-data';
import { genderNetworkOrganisations, genderNetworkPartnerships } from './demo-gender-network';
import { seedPhaseHistory, workingPhase } from './demo-history';

/** The seed acts as programme staff, through the same use cases (and rules) as everyone else. */
const system: Actor = { userId: null, isStaff: true, memberships: [] };

export async function hasProgramme(): Promise<boolean> {
	return (await db().select({ id: programmes.id }).from(programmes).limit(1)).length > 0;
}

const partnershipsOfDemo = [...demoPartnerships, ...genderNetworkPartnerships];

/** Loads the demo programme: owner, themes, both networks, thirteen partnerships with their history and demo accounts. */
export async function seedDemo(): Promise<void> {
	const orgIds = new Map<string, string>();
	for (const { key, population, ...org } of [...demoOrganisations, ...genderNetworkOrganisations]) {
		const created = await createOrganisation(system, { ...org, population: population || undefined });
		orgIds.set(key, created.id);
	}
	const id = (key: string) => orgIds.get(key)!;

	const [programme] = await db()
		.insert(programmes)
		.values({
			slug: 'kommunalt-partnerskap',
			ownerOrganisationId: id('icld'),
			name: {
				sv: 'Kommunalt partnerskap',
				en: 'Municipal Partnership Programme',
				es: 'Programa de Asociación Municipal'
			},
			description: {
				sv: 'Svenska kommuner och regioner arbetar tillsammans med kommuner i andra länder med en gemensam lokal utmaning, så att båda parter lär sig och har nytta av samarbetet.',
				en: 'Swedish municipalities and regions work with municipalities in other countries on a local challenge they share, so that both sides learn and gain from the work.',
				es: 'Municipios y regiones de Suecia trabajan con municipios de otros países en un desafío local común, de modo que ambas partes aprendan y se beneficien.'
			}
		})
		.returning();
	await db()
		.insert(programmeCountries)
		.values(
			['BW', 'CN', 'CO', 'GT', 'MD', 'RS', 'TZ', 'ZA', 'ZM'].map((countryCode) => ({
				programmeId: programme!.id,
				countryCode
			}))
		);

	const themeRows = await db().insert(themes).values(demoThemes).returning({ id: themes.id, slug: themes.slug });
	const themeId = (slug: string) => themeRows.find((t) => t.slug === slug)!.id;

	const humanRights = await createNetwork(system, {
		slug: 'human-rights',
		programmeId: programme!.id,
		themeId: themeId('human-rights'),
		name: { sv: 'Nätverk för mänskliga rättigheter', en: 'Human Rights Network', es: 'Red de Derechos Humanos' },
		description: {
			sv: 'Svenska kommuner och deras partner i Botswana, Zambia och Sydafrika stärker det lokala arbetet med mänskliga rättigheter, med Agenda 2030 som ram och med stöd av universitetens forskning.',
			en: 'Swedish municipalities and their partners in Botswana, Zambia and South Africa strengthen local work on human rights, framed by the 2030 Agenda and supported by university research.',
			es: 'Municipios suecos y sus socios de Botsuana, Zambia y Sudáfrica fortalecen el trabajo local en derechos humanos, en el marco de la Agenda 2030 y con el apoyo de la investigación universitaria.'
		},
		startYear: 2021,
		endYear: 2024,
		countryCodes: ['SE', 'BW', 'ZM', 'ZA']
	});
	const genderEquality = await createNetwork(system, {
		slug: 'gender-equality',
		programmeId: programme!.id,
		themeId: themeId('gender-equality'),
		name: { sv: 'Nätverk för jämställdhet', en: 'Gender Equality Network', es: 'Red de Igualdad de Género' },
		description: {
			sv: 'Partnerskap mellan svenska kommuner och regioner och kommuner i Colombia och Guatemala som arbetar med en jämställdhetsutmaning, med workshoppar i Latinamerika och i Sverige.',
			en: 'Partnerships between Swedish municipalities and regions and municipalities in Colombia and Guatemala working on a gender-equality challenge, with workshops in Latin America and in Sweden.',
			es: 'Asociaciones entre municipios y regiones de Suecia y municipios de Colombia y Guatemala que trabajan en un desafío de igualdad de género, con talleres en América Latina y en Suecia.'
		},
		startYear: 2024,
		endYear: 2026,
		countryCodes: ['SE', 'CO', 'GT']
	});
	const networkIds = { 'human-rights': humanRights.id, 'gender-equality': genderEquality.id };

	for (const p of partnershipsOfDemo) {
		await createPartnership(system, {
			slug: p.slug,
			programmeId: programme!.id,
			themeId: themeId(p.theme),
			networkId: p.network ? networkIds[p.network] : undefined,
			title: p.title,
			challenge: p.challenge,
			phase: workingPhase(p),
			startDate: p.startDate,
			endDate: p.endDate,
			partyIds: p.parties.map(id)
		});
	}

	await seedGovernanceDemo(system);
	await seedPlanDemo(system);
	await seedPhaseHistory(partnershipsOfDemo);
	await seedCallsDemo(system, { programmeId: programme!.id, genderEqualityNetworkId: genderEquality.id });
	await seedProfilesDemo(system);
	await seedExpressionsDemo(system);

	const password = await hashPassword(DEMO_PASSWORD);
	for (const person of demoPeople) {
		const userId = crypto.randomUUID();
		await db()
			.insert(users)
			.values({
				id: userId,
				email: person.email,
				name: person.name,
				emailVerified: true,
				locale: person.locale,
				role: person.staff ? 'staff' : 'user'
			});
		await db()
			.insert(accounts)
			.values({ id: crypto.randomUUID(), accountId: userId, providerId: 'credential', userId, password });
		if (person.memberOf) {
			const [org, role] = person.memberOf;
			await db()
				.insert(memberships)
				.values({ userId, organisationId: id(org), role });
		}
	}
	log.info(
		{ organisations: orgIds.size, partnerships: partnershipsOfDemo.length, people: demoPeople.length },
		'demo data loaded'
	);
}
