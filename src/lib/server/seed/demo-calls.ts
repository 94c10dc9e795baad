import type { TranslatedText } from '$lib/i18n/translated';
import { dayOf } from '$lib/time';
import type { Actor } from '../domain/accounts/actor';
import { createCall } from '../domain/calls/create-call';
import { publishCall } from '../domain/calls/publish-call';
import type { CallInput } from '../domain/calls/schemas';

// Three demo calls of the programme, through the use cases: an open partner search (other demo seeds
// add profiles and answers to it by its slug), the gender-equality network's closed recruitment of
// 2024, and an upcoming training programme. The texts are our own illustration.
// The open and the upcoming call are dated from the day the demo is loaded, so that a demo (and the
// tests on it) loaded on any day finds one open and one upcoming: fixed dates would close them one day.

/** The slug of the open partner-search call: profiles and answers are seeded into it. */
export const DEMO_PARTNER_SEARCH_SLUG = 'partner-search-2027';
export const DEMO_NETWORK_RECRUITMENT_SLUG = 'gender-equality-network-2024';
export const DEMO_TRAINING_SLUG = 'inclusive-local-governance-2027';

const t = (sv: string, en: string, es: string): TranslatedText => ({ sv, en, es });

/** A wall-clock time ("2027-02-15T23:59", read in the programme's zone) `weeks` weeks from the day `today`. */
export function weeksFrom(today: string, weeks: number, time: string): string {
	const [year, month, day] = today.split('-').map(Number) as [number, number, number];
	return `${new Date(Date.UTC(year, month - 1, day + weeks * 7)).toISOString().slice(0, 10)}T${time}`;
}

function demoCalls(programmeId: string, genderEqualityNetworkId: string, today: string): CallInput[] {
	return [
		{
			slug: DEMO_PARTNER_SEARCH_SLUG,
			programmeId,
			kind: 'partner_search',
			title: t(
				'Kommuner i Colombia, Guatemala och Sydafrika söker en svensk partner',
				'Municipalities in Colombia, Guatemala and South Africa seek a Swedish partner',
				'Municipios de Colombia, Guatemala y Sudáfrica buscan un socio sueco'
			),
			body: t(
				'Flera kommuner i programmets samarbetsländer har beskrivit en lokal utmaning som de vill arbeta med tillsammans med en svensk kommun eller region. Läs deras profiler och anmäl intresse för att bli partner.\n\nEtt partnerskap börjar med en förstudie där båda parter lär känna varandra och formulerar en gemensam utmaning.',
				'Several municipalities in the programme’s partner countries have described a local challenge they want to work on with a Swedish municipality or region. Read their profiles and express your interest in becoming a partner.\n\nA partnership starts with an inception phase in which both sides get to know each other and shape a shared challenge.',
				'Varios municipios de los países socios del programa han descrito un desafío local que quieren abordar junto con un municipio o una región de Suecia. Lea sus perfiles y manifieste su interés en ser socio.\n\nUna asociación comienza con una fase inicial en la que ambas partes se conocen y formulan un desafío común.'
			),
			opensAt: weeksFrom(today, -4, '09:00'),
			closesAt: weeksFrom(today, 10, '23:59'),
			eligibleCountryCodes: ['SE'],
			eligibleOrganisationKinds: ['municipality', 'region'],
			requirements: [
				{
					id: 'political-decision',
					text: t(
						'Kommunstyrelsen eller regionstyrelsen står bakom ansökan.',
						'The municipal or regional executive board supports the application.',
						'La junta ejecutiva municipal o regional respalda la solicitud.'
					)
				},
				{
					id: 'staff-time',
					text: t(
						'Vi kan avsätta tid för minst två tjänstepersoner och två politiker.',
						'We can set aside time for at least two officials and two politicians.',
						'Podemos dedicar tiempo de al menos dos funcionarios y dos políticos.'
					)
				}
			],
			questions: [
				{
					id: 'motivation',
					label: t(
						'Varför vill ni ingå ett partnerskap?',
						'Why do you want to enter a partnership?',
						'¿Por qué quieren formar una asociación?'
					),
					help: t(
						'Berätta vad ni hoppas lära er och bidra med.',
						'Tell us what you hope to learn and contribute.',
						'Cuéntenos qué esperan aprender y aportar.'
					),
					required: true,
					long: true
				},
				{
					id: 'experience',
					label: t(
						'Vilken erfarenhet har ni av utmaningen?',
						'What experience do you have of the challenge?',
						'¿Qué experiencia tienen con el desafío?'
					),
					help: {},
					required: true,
					long: true
				},
				{
					id: 'contact',
					label: t(
						'Vem blir kontaktperson och koordinator?',
						'Who will be the contact person and coordinator?',
						'¿Quién será la persona de contacto y coordinadora?'
					),
					help: t(
						'Ange roll, inte bara namn.',
						'Give a role, not only a name.',
						'Indique un cargo, no solo un nombre.'
					),
					required: false,
					long: false
				}
			],
			criteria: [
				{ id: 'anchoring', label: t('Politisk förankring', 'Political anchoring', 'Respaldo político') },
				{ id: 'capacity', label: t('Kapacitet', 'Capacity', 'Capacidad') },
				{
					id: 'relevance',
					label: t('Utmaningens relevans', 'Relevance of the challenge', 'Pertinencia del desafío')
				}
			]
		},
		{
			slug: DEMO_NETWORK_RECRUITMENT_SLUG,
			programmeId,
			networkId: genderEqualityNetworkId,
			kind: 'network_recruitment',
			title: t(
				'Anmäl er till nätverket för jämställdhet',
				'Join the gender-equality network',
				'Únase a la red de igualdad de género'
			),
			body: t(
				'Nätverket samlar tjänstepersoner och politiker från svenska kommuner och regioner som vill arbeta med jämställdhet tillsammans med kommuner i Colombia och Guatemala.',
				'The network brings together officials and politicians from Swedish municipalities and regions who want to work on gender equality with municipalities in Colombia and Guatemala.',
				'La red reúne a funcionarios y políticos de municipios y regiones de Suecia que quieren trabajar por la igualdad de género junto con municipios de Colombia y Guatemala.'
			),
			opensAt: '2024-01-15T09:00:00+01:00',
			closesAt: '2024-03-01T23:59:00+01:00',
			eligibleCountryCodes: ['SE'],
			eligibleOrganisationKinds: ['municipality', 'region'],
			requirements: [
				{
					id: 'workshops',
					text: t(
						'Våra deltagare kan delta i en workshop i Latinamerika och en i Sverige under 2024.',
						'Our participants can attend one workshop in Latin America and one in Sweden in 2024.',
						'Nuestros participantes pueden asistir a un taller en América Latina y a otro en Suecia en 2024.'
					)
				},
				{
					id: 'officials-and-politicians',
					text: t(
						'Vi skickar både tjänstepersoner och politiker.',
						'We send both officials and politicians.',
						'Enviamos tanto funcionarios como políticos.'
					)
				}
			],
			questions: [
				{
					id: 'work-so-far',
					label: t(
						'Hur arbetar ni med jämställdhet i dag?',
						'How do you work on gender equality today?',
						'¿Cómo trabajan hoy por la igualdad de género?'
					),
					help: {},
					required: true,
					long: true
				}
			],
			criteria: [
				{ id: 'anchoring', label: t('Politisk förankring', 'Political anchoring', 'Respaldo político') },
				{ id: 'commitment', label: t('Åtagande', 'Commitment', 'Compromiso') }
			]
		},
		{
			slug: DEMO_TRAINING_SLUG,
			programmeId,
			kind: 'training_programme',
			title: t(
				'Utbildningsprogrammet Inkluderande lokal styrning',
				'Training programme: Inclusive Local Governance',
				'Programa de formación: Gobernanza Local Inclusiva'
			),
			body: t(
				'Ett utbildningsprogram för förtroendevalda och tjänstepersoner om hur kommuner kan involvera invånare som sällan hörs i beslut som rör dem.',
				'A training programme for elected representatives and officials on how municipalities can involve residents who are seldom heard in the decisions that concern them.',
				'Un programa de formación para cargos electos y funcionarios sobre cómo los municipios pueden involucrar a los habitantes que rara vez son escuchados en las decisiones que les afectan.'
			),
			opensAt: weeksFrom(today, 6, '09:00'),
			closesAt: weeksFrom(today, 18, '23:59'),
			eligibleCountryCodes: [],
			eligibleOrganisationKinds: ['municipality', 'region'],
			requirements: [
				{
					id: 'full-programme',
					text: t(
						'Deltagarna kan följa hela programmet.',
						'The participants can follow the whole programme.',
						'Los participantes pueden seguir todo el programa.'
					)
				}
			],
			questions: [
				{
					id: 'participants',
					label: t('Vilka vill ni skicka?', 'Whom do you want to send?', '¿A quiénes quieren enviar?'),
					help: t('Roller och uppdrag.', 'Roles and positions.', 'Cargos y funciones.'),
					required: true,
					long: false
				}
			],
			criteria: [{ id: 'relevance', label: t('Relevans', 'Relevance', 'Pertinencia') }]
		}
	];
}

/**
 * Creates and publishes the demo calls; returns their ids by slug. The partner search opened four weeks
 * before `now` and closes ten weeks after it (23:59 on the programme's clock); the training programme
 * opens in six weeks and closes in eighteen.
 */
export async function seedCallsDemo(
	system: Actor,
	{ programmeId, genderEqualityNetworkId }: { programmeId: string; genderEqualityNetworkId: string },
	now: Date = new Date()
): Promise<Record<string, string>> {
	const ids: Record<string, string> = {};
	for (const input of demoCalls(programmeId, genderEqualityNetworkId, dayOf(now))) {
		const call = await createCall(system, input);
		await publishCall(system, call.id);
		ids[call.slug] = call.id;
	}
	return ids;
}
