import { db } from '$lib/server/db/client';
import { calls, expressionsOfInterest, partnerProfiles, programmeCountries } from '$lib/server/db/schema';
import type { ExpressionStatus } from '$lib/server/domain/expressions/statuses';
import { makeOrganisation, makeProgramme, makeTheme, makeUser } from './index';

// Calls, answers and partner-seeking profiles for tests, written straight to the tables so that each
// module's tests can start from any state (a closed call, a shortlisted answer). The use cases have
// their own tests.

let counter = 0;
const next = () => `${++counter}-${Math.random().toString(36).slice(2, 7)}`;
const DAY = 86_400_000;

type CallOverrides = Partial<typeof calls.$inferInsert>;

/**
 * A published partner-search call, open from yesterday for 30 days, for Swedish municipalities and
 * regions, with one required question, one requirement and two criteria. Its programme cooperates
 * with Colombia, Guatemala and South Africa.
 */
export async function makeCall(overrides: CallOverrides = {}) {
	const programmeId = overrides.programmeId ?? (await makeProgramme()).id;
	if (!overrides.programmeId)
		await db()
			.insert(programmeCountries)
			.values(['CO', 'GT', 'ZA'].map((countryCode) => ({ programmeId, countryCode })));
	const [call] = await db()
		.insert(calls)
		.values({
			slug: `call-${next()}`,
			kind: 'partner_search',
			title: { sv: 'Kommuner söker svensk partner', en: 'Municipalities seek a Swedish partner' },
			body: { sv: 'Om utlysningen', en: 'About the call' },
			opensAt: new Date(Date.now() - DAY),
			closesAt: new Date(Date.now() + 30 * DAY),
			eligibleCountryCodes: ['SE'],
			eligibleOrganisationKinds: ['municipality', 'region'],
			requirements: [{ id: 'workshops', text: { sv: 'Kan delta i två workshoppar', en: 'Can attend two workshops' } }],
			questions: [
				{
					id: 'motivation',
					label: { sv: 'Varför vill ni delta?', en: 'Why do you want to take part?' },
					help: {},
					required: true,
					long: true
				}
			],
			criteria: [
				{ id: 'anchoring', label: { sv: 'Politisk förankring', en: 'Political anchoring' } },
				{ id: 'capacity', label: { sv: 'Kapacitet', en: 'Capacity' } }
			],
			publishedAt: new Date(Date.now() - DAY),
			...overrides,
			programmeId
		})
		.returning();
	return call!;
}

type ExpressionOverrides = Partial<typeof expressionsOfInterest.$inferInsert> & { status?: ExpressionStatus };

/**
 * A submitted answer from a new Swedish municipality with a coordinator (the applicant), unless the
 * overrides say otherwise. Returns the row and the applicant.
 */
export async function makeExpression(callId: string, overrides: ExpressionOverrides = {}) {
	const organisationId = overrides.organisationId ?? (await makeOrganisation()).id;
	const applicant = await makeUser({ organisationId, role: 'coordinator' });
	const status = overrides.status ?? 'submitted';
	const [expression] = await db()
		.insert(expressionsOfInterest)
		.values({
			callId,
			organisationId,
			applicantUserId: applicant.id,
			status,
			answers: { motivation: 'Vi vill lära av varandra.' },
			confirmations: ['workshops'],
			challenge: { sv: 'Att förebygga våld i nära relationer och mäns våld mot kvinnor.' },
			languages: ['sv', 'en'],
			submittedAt: status === 'draft' ? null : new Date(),
			...overrides
		})
		.returning();
	return { expression: expression!, applicant };
}

type ProfileOverrides = Partial<typeof partnerProfiles.$inferInsert>;

/** A published profile of a new Colombian municipality, on a new theme unless given. */
export async function makeProfile(callId: string, overrides: ProfileOverrides = {}) {
	const organisationId =
		overrides.organisationId ??
		(await makeOrganisation({ countryCode: 'CO', name: `Municipio ${next()}`, population: 50_000 })).id;
	const themeId = overrides.themeId ?? (await makeTheme()).id;
	const [profile] = await db()
		.insert(partnerProfiles)
		.values({
			callId,
			organisationId,
			themeId,
			status: 'published',
			challenge: { es: 'Prevenir la violencia de género y la violencia contra las mujeres.' },
			hopes: { es: 'Experiencia en trabajo con la policía y las escuelas.' },
			contactRole: { es: 'Secretaría de la Mujer' },
			population: 50_000,
			languages: ['es'],
			publishedAt: new Date(),
			...overrides
		})
		.returning();
	return profile!;
}
