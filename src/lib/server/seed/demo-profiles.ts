import { eq } from 'drizzle-orm';
import type { TranslatedText } from '$lib/i18n/translated';
import { db } from '$lib/server/db/client';
import { calls, organisations, themes } from '$lib/server/db/schema';
import type { Actor } from '../domain/accounts/actor';
import { createOrganisation } from '../domain/organisations/create-organisation';
import type { OrganisationInput } from '../domain/organisations/schemas';
import { createProfile } from '../domain/profiles/create-profile';
import { publishProfile } from '../domain/profiles/publish-profile';
import { log } from '../log';
import { DEMO_PARTNER_SEARCH_SLUG } from './demo-calls';

// Who seeks a partner in the demo's open partner-search call (demo-calls.ts): real places of the
// cooperation countries, with challenges written for the demo (facts: names, regions, rough sizes).

type DemoProfile = {
	/** A new organisation, or the slug of one the demo already has. */
	organisation: OrganisationInput | { slug: string };
	theme: string;
	challenge: TranslatedText;
	/** Challenge areas chosen from the programme's list, as the form offers them. */
	areas: string[];
	hopes: TranslatedText;
	contactRole: TranslatedText;
	languages: string[];
	maxMatches?: number;
};

/** Five new organisations abroad (the demo's organisation count in database.test.ts counts them). */
export const demoProfiles: DemoProfile[] = [
	{
		organisation: {
			name: 'Municipio de Pasto',
			kind: 'municipality',
			countryCode: 'CO',
			subdivision: 'Nariño',
			population: 392_000,
			latitude: 1.2136,
			longitude: -77.2811
		},
		theme: 'gender-based-violence',
		challenge: {
			es: 'Las denuncias de violencia intrafamiliar aumentan cada año, pero muchas mujeres de las veredas rurales no llegan a las rutas de atención: las oficinas están lejos y el personal de salud, policía y comisarías de familia no comparte la información de los casos.'
		},
		areas: ['domestic_violence', 'gender_based_violence', 'rural_development'],
		hopes: {
			es: 'Conocer cómo un municipio sueco coordina los servicios sociales, la policía y las escuelas en un mismo caso, y trabajar juntos en materiales de prevención para hombres jóvenes.'
		},
		contactRole: { es: 'Secretaría de las Mujeres, Orientaciones Sexuales e Identidades de Género' },
		languages: ['es']
	},
	{
		organisation: {
			name: 'Municipio de Villavicencio',
			kind: 'municipality',
			countryCode: 'CO',
			subdivision: 'Meta',
			population: 531_000,
			latitude: 4.142,
			longitude: -73.6266
		},
		theme: 'human-rights',
		challenge: {
			es: 'La ciudad recibe cada año a familias desplazadas por el conflicto armado. Los barrios nuevos crecen sin juntas de acción comunal activas y sus habitantes casi no participan en el presupuesto participativo ni conocen sus derechos frente a la administración.',
			en: 'Every year the city takes in families displaced by the armed conflict. New neighbourhoods grow without active community boards, and their residents hardly take part in participatory budgeting or know their rights towards the administration.'
		},
		areas: ['citizen_participation', 'human_rights', 'peace_reconciliation', 'accountability'],
		hopes: {
			es: 'Métodos suecos de diálogo ciudadano y de información pública accesible, y un intercambio entre funcionarios sobre cómo rendir cuentas a los barrios.'
		},
		contactRole: { es: 'Oficina de Participación Ciudadana', en: 'Office of Citizen Participation' },
		languages: ['es', 'en']
	},
	{
		organisation: {
			name: 'Municipalidad de Quetzaltenango',
			kind: 'municipality',
			countryCode: 'GT',
			subdivision: 'Quetzaltenango',
			population: 180_000,
			latitude: 14.8347,
			longitude: -91.5181
		},
		theme: 'gender-equality',
		challenge: {
			es: 'Solo una de cada diez personas del concejo municipal y de los consejos comunitarios de desarrollo es mujer, y las mujeres indígenas casi no están representadas. Las propuestas de las organizaciones de mujeres rara vez llegan al plan operativo anual.'
		},
		areas: ['women_political_participation', 'gender_equality', 'indigenous_peoples', 'gender_budgeting'],
		hopes: {
			es: 'Experiencia en presupuestos con enfoque de género y en cómo los partidos, tanto de gobierno como de oposición, apoyan a las mujeres electas a nivel local.'
		},
		contactRole: { es: 'Dirección Municipal de la Mujer' },
		languages: ['es']
	},
	{
		organisation: {
			name: 'Municipalidad de San Juan Sacatepéquez',
			kind: 'municipality',
			countryCode: 'GT',
			subdivision: 'Guatemala',
			population: 255_000,
			latitude: 14.7189,
			longitude: -90.6442
		},
		theme: 'education',
		challenge: {
			es: 'Muchos niños y niñas de las aldeas dejan la escuela al terminar la primaria para trabajar en la agricultura o en el comercio. Las escuelas no ofrecen clases en kaqchikel y las familias sienten que la educación no responde a su realidad.'
		},
		areas: ['school_dropout', 'education', 'indigenous_peoples'],
		hopes: {
			es: 'Ideas de cómo un municipio sueco trabaja con las escuelas y las familias para que los jóvenes terminen sus estudios, y apoyo para formar a docentes en educación bilingüe.'
		},
		contactRole: { es: 'Oficina Municipal de Educación' },
		languages: ['es']
	},
	{
		organisation: {
			name: 'Drakenstein Municipality',
			kind: 'municipality',
			countryCode: 'ZA',
			subdivision: 'Western Cape',
			population: 295_000,
			latitude: -33.7342,
			longitude: 18.9621
		},
		theme: 'accessibility',
		challenge: {
			en: 'Residents with disabilities in Paarl and Wellington struggle to reach clinics and municipal offices: pavements end abruptly, taxis are not accessible and most council information is printed only. Complaints reach the municipality, but nobody follows up on them together with the people concerned.'
		},
		areas: ['accessibility_disability', 'public_transport', 'citizen_participation'],
		hopes: {
			en: 'How a Swedish municipality plans accessible streets and services together with disability organisations, and how it measures whether things get better.'
		},
		contactRole: { en: 'Manager, Community Development' },
		languages: ['en', 'af', 'xh']
	},
	{
		organisation: { slug: 'stellenbosch-municipality' },
		theme: 'youth-participation',
		challenge: {
			en: 'Half of Stellenbosch’s residents are under thirty, yet very few young people attend ward committee meetings or comment on the integrated development plan. Young people in Kayamandi and Cloetesville say the council only speaks to them when something has gone wrong.'
		},
		areas: ['youth_participation', 'citizen_participation', 'local_democracy'],
		hopes: {
			en: 'Experience with youth councils that have a real say, digital ways to involve young people in budgeting, and a partner willing to let young people from both towns meet.'
		},
		contactRole: { en: 'Youth Development Officer' },
		languages: ['en', 'af', 'xh'],
		maxMatches: 2
	}
];

/**
 * Publishes the demo profiles in the open partner-search call, through the same use cases as staff.
 * Without that call (demo-calls.ts not loaded) there is nothing to seek a partner in: it says so and stops.
 */
export async function seedProfilesDemo(system: Actor): Promise<void> {
	const [call] = await db().select({ id: calls.id }).from(calls).where(eq(calls.slug, DEMO_PARTNER_SEARCH_SLUG));
	if (!call) {
		log.warn({ slug: DEMO_PARTNER_SEARCH_SLUG }, 'demo partner-search call missing: no demo profiles');
		return;
	}
	const themeRows = await db().select({ id: themes.id, slug: themes.slug }).from(themes);
	for (const p of demoProfiles) {
		const organisationId = await organisationFor(system, p.organisation);
		const profile = await createProfile(system, {
			callId: call.id,
			organisationId,
			themeId: themeRows.find((t) => t.slug === p.theme)!.id,
			challenge: p.challenge,
			challengeAreas: p.areas,
			hopes: p.hopes,
			contactRole: p.contactRole,
			languages: p.languages,
			maxMatches: p.maxMatches ?? 1
		});
		await publishProfile(system, profile.id);
	}
}

async function organisationFor(system: Actor, organisation: DemoProfile['organisation']): Promise<string> {
	if (!('slug' in organisation)) return (await createOrganisation(system, organisation)).id;
	const [found] = await db()
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.slug, organisation.slug));
	if (!found) throw new Error(`demo organisation ${organisation.slug} is missing`);
	return found.id;
}
