import { eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { calls, expressionsOfInterest, organisations, themes } from '$lib/server/db/schema';
import type { Actor } from '../domain/accounts/actor';
import { recordAudit } from '../domain/audit/record';
import { auditView } from '../domain/expressions/save-draft';
import { moveStatus, type ExpressionStatus } from '../domain/expressions/statuses';
import { log } from '../log';
import { DEMO_PARTNER_SEARCH_SLUG } from './demo-calls';

// Swedish municipalities and a region answer the demo's open partner-search call (demo-calls.ts), in
// every state a reviewer meets: submitted, under review, shortlisted, and one draft (Jönköping's, which
// the demo coordinator can finish). The seed runs before any demo account exists and whatever the date,
// so it writes the answers directly as staff and moves each status through moveStatus, as the app does.

type DemoExpression = {
	organisation: string;
	theme: string;
	status: ExpressionStatus;
	challenge: string;
	/** Challenge areas chosen from the programme's list, as the form offers them. */
	areas: string[];
	motivation: string;
	experience: string;
	contact?: string;
	preferredCountryCodes: string[];
	languages: string[];
};

export const demoExpressions: DemoExpression[] = [
	{
		organisation: 'Piteå kommun',
		theme: 'gender-based-violence',
		status: 'submitted',
		challenge:
			'Våld i nära relationer upptäcks ofta sent. Vi vill att socialtjänst, skola och hälso- och sjukvård ser tecknen tidigare och samarbetar kring stödet till den som utsätts.',
		areas: ['domestic_violence', 'social_services', 'gender_equality'],
		motivation:
			'Vi har arbetat länge med jämställdhet och vill lära av en kommun som har byggt upp stöd till våldsutsatta i samverkan med civilsamhället.',
		experience:
			'Kommunen har en samordnare mot våld och har utbildat personal inom socialtjänsten, men arbetet når ännu inte skolan fullt ut.',
		contact: 'Strateg för social hållbarhet',
		preferredCountryCodes: ['CO', 'GT'],
		languages: ['sv', 'en', 'es']
	},
	{
		organisation: 'Falu kommun',
		theme: 'youth-participation',
		status: 'under_review',
		challenge:
			'Unga i Falun känner att de sällan blir lyssnade på när kommunen fattar beslut om fritid och trygghet. Vi vill skapa former där unga är med från början, inte bara tillfrågas i efterhand.',
		areas: ['youth_participation', 'citizen_participation', 'safety_crime_prevention'],
		motivation:
			'Ett partnerskap ger oss nya sätt att se på ungas inflytande och en möjlighet för våra unga att möta jämnåriga i ett annat land.',
		experience: 'Vi har ett ungdomsråd och har prövat medborgarbudget för unga i två stadsdelar, med blandat resultat.',
		preferredCountryCodes: ['ZA'],
		languages: ['sv', 'en']
	},
	{
		organisation: 'Lunds kommun',
		theme: 'education',
		status: 'shortlisted',
		challenge:
			'Andelen elever som lämnar grundskolan utan behörighet till gymnasiet ökar i några av våra områden. Vi vill pröva arbetssätt där skolan, familjerna och fritidsverksamheten tar ett gemensamt ansvar.',
		areas: ['school_dropout', 'education'],
		motivation:
			'Vi vill jämföra hur två kommuner förebygger avhopp och ta med oss erfarenheter som går att använda i våra egna skolor.',
		experience:
			'Lund har ett universitet med forskning om skolavhopp som vill följa arbetet, och flera skolor har redan mentorsprogram.',
		contact: 'Utvecklingsledare på barn- och skolförvaltningen',
		preferredCountryCodes: ['ZA', 'CO'],
		languages: ['sv', 'en']
	},
	{
		organisation: 'Region Gotland',
		theme: 'gender-based-violence',
		status: 'submitted',
		challenge:
			'Vi vill förebygga mäns våld mot kvinnor genom att arbeta med normer hos unga, i skolan och i idrottsföreningar, och följa upp vilka insatser som gör skillnad.',
		areas: ['gender_based_violence', 'youth_participation', 'sport_leisure'],
		motivation:
			'Regionen har goda erfarenheter av internationellt samarbete och vill fortsätta arbetet mot könsrelaterat våld med en ny partner.',
		experience:
			'Vi har tidigare drivit ett partnerskap om könsrelaterat våld och tagit fram utbildningsmaterial om skadliga normer.',
		preferredCountryCodes: ['GT'],
		languages: ['sv', 'en', 'es']
	},
	{
		organisation: 'Jönköpings kommun',
		theme: 'accessibility',
		status: 'draft',
		challenge:
			'Personer med funktionsnedsättning möter hinder i kollektivtrafiken och i kommunens lokaler. Vi vill att de själva är med och pekar ut hindren och följer upp att de åtgärdas.',
		areas: ['accessibility_disability', 'public_transport', 'citizen_participation'],
		motivation: 'Vi vill bygga vidare på det vi lärt oss om tillgänglighet och göra det till en fråga om delaktighet.',
		experience: '',
		preferredCountryCodes: [],
		languages: ['sv', 'en']
	}
];

/** Files the demo answers to the open partner-search call; does nothing when the call is not seeded. */
export async function seedExpressionsDemo(system: Actor): Promise<void> {
	const [call] = await db()
		.select({ id: calls.id, requirements: calls.requirements })
		.from(calls)
		.where(eq(calls.slug, DEMO_PARTNER_SEARCH_SLUG));
	if (!call) {
		log.warn({ slug: DEMO_PARTNER_SEARCH_SLUG }, 'demo partner-search call missing: no demo answers');
		return;
	}
	const themeRows = await db().select({ id: themes.id, slug: themes.slug }).from(themes);
	const orgRows = await db()
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(
			inArray(
				organisations.name,
				demoExpressions.map((e) => e.organisation)
			)
		);
	for (const e of demoExpressions) {
		const organisationId = orgRows.find((o) => o.name === e.organisation)?.id;
		if (!organisationId) continue;
		const answers: Record<string, string> = { motivation: e.motivation };
		if (e.experience) answers.experience = e.experience;
		if (e.contact) answers.contact = e.contact;
		await db().transaction(async (tx) => {
			const [created] = await tx
				.insert(expressionsOfInterest)
				.values({
					callId: call.id,
					organisationId,
					answers,
					// The draft has not confirmed everything yet; the others have.
					confirmations: e.status === 'draft' ? [call.requirements[0]!.id] : call.requirements.map((r) => r.id),
					challenge: { sv: e.challenge },
					chosenConcepts: e.areas,
					themeId: themeRows.find((t) => t.slug === e.theme)?.id ?? null,
					preferredCountryCodes: e.preferredCountryCodes,
					languages: e.languages,
					locale: 'sv'
				})
				.returning();
			await recordAudit(tx, system, {
				action: 'expression.created',
				subjectType: 'expression',
				subjectId: created!.id,
				organisationIds: [organisationId],
				after: auditView(created!)
			});
			if (e.status === 'draft') return;
			let current: ExpressionStatus = 'draft';
			const path: ExpressionStatus[] = ['submitted', ...(e.status === 'submitted' ? [] : (['under_review'] as const))];
			if (e.status === 'shortlisted') path.push('shortlisted');
			for (const to of path) {
				await moveStatus(tx, system, { ...created!, status: current }, to, {
					by: to === 'submitted' ? 'applicant' : 'staff'
				});
				current = to;
			}
		});
	}
	log.debug({ answers: demoExpressions.length }, 'demo expressions of interest loaded');
}
