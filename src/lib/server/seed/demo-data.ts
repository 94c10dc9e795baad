import type { TranslatedText } from '$lib/i18n/translated';
import type { organisationKinds, partnershipPhases } from '$lib/server/db/schema';

// Facts from the programme's public material (names, places, years, areas); texts are our own.

export type DemoOrganisation = {
	key: string;
	name: string;
	kind: (typeof organisationKinds)[number];
	countryCode: string;
	subdivision: string;
	population: number;
	latitude: number;
	longitude: number;
};

export const demoOrganisations: DemoOrganisation[] = [
	{
		key: 'icld',
		name: 'ICLD – Internationellt centrum för lokal demokrati',
		kind: 'programme_owner',
		countryCode: 'SE',
		subdivision: 'Gotland',
		population: 0,
		latitude: 57.6348,
		longitude: 18.2948
	},
	{
		key: 'pitea',
		name: 'Piteå kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Norrbotten',
		population: 42_300,
		latitude: 65.3172,
		longitude: 21.4794
	},
	{
		key: 'jonkoping',
		name: 'Jönköpings kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Jönköping',
		population: 144_000,
		latitude: 57.7826,
		longitude: 14.1618
	},
	{
		key: 'amal',
		name: 'Åmåls kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Västra Götaland',
		population: 12_500,
		latitude: 59.0511,
		longitude: 12.7037
	},
	{
		key: 'ovanaker',
		name: 'Ovanåkers kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Gävleborg',
		population: 11_400,
		latitude: 61.3667,
		longitude: 15.9
	},
	{
		key: 'falun',
		name: 'Falu kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Dalarna',
		population: 59_500,
		latitude: 60.6065,
		longitude: 15.6355
	},
	{
		key: 'bollnas',
		name: 'Bollnäs kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Gävleborg',
		population: 26_500,
		latitude: 61.3482,
		longitude: 16.3946
	},
	{
		key: 'kungsor',
		name: 'Kungsörs kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Västmanland',
		population: 8_700,
		latitude: 59.4227,
		longitude: 16.0956
	},
	{
		key: 'lund',
		name: 'Lunds kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Skåne',
		population: 128_000,
		latitude: 55.7047,
		longitude: 13.191
	},
	{
		key: 'gotland',
		name: 'Region Gotland',
		kind: 'region',
		countryCode: 'SE',
		subdivision: 'Gotland',
		population: 61_000,
		latitude: 57.6409,
		longitude: 18.2961
	},
	{
		key: 'ale',
		name: 'Ale kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Västra Götaland',
		population: 32_500,
		latitude: 57.9246,
		longitude: 12.0827
	},
	{
		key: 'chinsali',
		name: 'Chinsali Municipal Council',
		kind: 'municipality',
		countryCode: 'ZM',
		subdivision: 'Muchinga',
		population: 60_000,
		latitude: -10.5414,
		longitude: 32.0816
	},
	{
		key: 'stellenbosch',
		name: 'Stellenbosch Municipality',
		kind: 'municipality',
		countryCode: 'ZA',
		subdivision: 'Western Cape',
		population: 190_000,
		latitude: -33.9321,
		longitude: 18.8602
	},
	{
		key: 'bergrivier',
		name: 'Bergrivier Municipality',
		kind: 'municipality',
		countryCode: 'ZA',
		subdivision: 'Western Cape',
		population: 68_000,
		latitude: -32.7833,
		longitude: 18.7667
	},
	{
		key: 'overstrand',
		name: 'Overstrand Municipality',
		kind: 'municipality',
		countryCode: 'ZA',
		subdivision: 'Western Cape',
		population: 105_000,
		latitude: -34.4187,
		longitude: 19.2345
	},
	{
		key: 'mogale',
		name: 'Mogale City Local Municipality',
		kind: 'municipality',
		countryCode: 'ZA',
		subdivision: 'Gauteng',
		population: 440_000,
		latitude: -26.1,
		longitude: 27.7667
	},
	{
		key: 'lobatse',
		name: 'Lobatse Town Council',
		kind: 'municipality',
		countryCode: 'BW',
		subdivision: 'South-East',
		population: 29_000,
		latitude: -25.2244,
		longitude: 25.6802
	},
	{
		key: 'rufunsa',
		name: 'Rufunsa Town Council',
		kind: 'municipality',
		countryCode: 'ZM',
		subdivision: 'Lusaka Province',
		population: 70_000,
		latitude: -15.0833,
		longitude: 29.6333
	},
	{
		key: 'francistown',
		name: 'Francistown City Council',
		kind: 'municipality',
		countryCode: 'BW',
		subdivision: 'North-East',
		population: 103_000,
		latitude: -21.1661,
		longitude: 27.5144
	},
	{
		key: 'kibaha',
		name: 'Kibaha Town Council',
		kind: 'municipality',
		countryCode: 'TZ',
		subdivision: 'Pwani',
		population: 128_000,
		latitude: -6.7667,
		longitude: 38.9167
	},
	{
		key: 'ghanzi',
		name: 'Ghanzi District Council',
		kind: 'municipality',
		countryCode: 'BW',
		subdivision: 'Ghanzi',
		population: 43_000,
		latitude: -21.6981,
		longitude: 21.6456
	},
	{
		key: 'budesti',
		name: 'Primăria Budești',
		kind: 'municipality',
		countryCode: 'MD',
		subdivision: 'Chișinău',
		population: 7_000,
		latitude: 47.0667,
		longitude: 28.9667
	}
];

export const demoThemes: { slug: string; name: TranslatedText }[] = [
	{ slug: 'gender-equality', name: { sv: 'Jämställdhet', en: 'Gender equality', es: 'Igualdad de género' } },
	{ slug: 'human-rights', name: { sv: 'Mänskliga rättigheter', en: 'Human rights', es: 'Derechos humanos' } },
	{ slug: 'accessibility', name: { sv: 'Tillgänglighet', en: 'Accessibility', es: 'Accesibilidad' } },
	{ slug: 'education', name: { sv: 'Utbildning', en: 'Education', es: 'Educación' } },
	{
		slug: 'youth-participation',
		name: { sv: 'Ungdomsdelaktighet', en: 'Youth participation', es: 'Participación juvenil' }
	},
	{
		slug: 'gender-based-violence',
		name: { sv: 'Könsrelaterat våld', en: 'Gender-based violence', es: 'Violencia de género' }
	}
];

type Phase = (typeof partnershipPhases)[number];

/** A move into a phase on a day: a demo partnership's history, oldest first; the last is where it is now. */
export type PhaseStep = [Phase, string];

export type DemoPartnership = {
	slug: string;
	parties: string[];
	theme: string;
	network?: 'human-rights' | 'gender-equality';
	/** Consistent with the dates: inception starts on `startDate`, completion falls on `endDate`. */
	history: PhaseStep[];
	startDate: string;
	endDate: string;
	title: TranslatedText;
	challenge: TranslatedText;
};

/** The phase a demo partnership is in now: its history's last step. */
export function currentPhase(p: DemoPartnership): Phase {
	return p.history.at(-1)![0];
}

/**
 * The human-rights network's partnerships (2021–2024): applied in the spring of 2021, a year's
 * inception from September, the project from September 2022 until the network closed in June 2024.
 */
const humanRightsNetwork = (applied: string, after: PhaseStep = ['completed', '2024-06-30']): PhaseStep[] => [
	['application', applied],
	['inception', '2021-09-01'],
	['project', '2022-09-01'],
	after
];

const youth = (swedish: string, partner: string): Pick<DemoPartnership, 'title' | 'challenge'> => ({
	title: {
		sv: `Ungas röst i ${swedish} och ${partner}`,
		en: `Young people’s voice in ${swedish} and ${partner}`,
		es: `La voz de los jóvenes en ${swedish} y ${partner}`
	},
	challenge: {
		sv: 'Få unga att delta i lokala beslut och låta deras synpunkter påverka kommunens planer.',
		en: 'Bring young people into local decisions and let their views shape the municipality’s plans.',
		es: 'Incorporar a los jóvenes en las decisiones locales y dejar que sus opiniones orienten los planes municipales.'
	}
});

export const demoPartnerships: DemoPartnership[] = [
	{
		slug: 'pitea-chinsali',
		parties: ['pitea', 'chinsali'],
		theme: 'gender-equality',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-12'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		title: {
			sv: 'Kvinnors inflytande i lokalpolitiken',
			en: 'Women’s influence in local politics',
			es: 'La influencia de las mujeres en la política local'
		},
		challenge: {
			sv: 'Fler kvinnor ska kandidera, väljas och höras i de lokala besluten.',
			en: 'More women standing for office, elected and heard in local decisions.',
			es: 'Que más mujeres se presenten, sean elegidas y sean escuchadas en las decisiones locales.'
		}
	},
	{
		slug: 'jonkoping-stellenbosch',
		parties: ['jonkoping', 'stellenbosch'],
		theme: 'accessibility',
		network: 'human-rights',
		// After the network, the partners carry on: training material on the norms behind gender-based violence.
		history: humanRightsNetwork('2021-03-15', ['expansion', '2024-07-01']),
		startDate: '2021-09-01',
		endDate: '2027-06-30',
		title: {
			sv: 'En tillgänglig kommun för alla',
			en: 'An accessible municipality for everyone',
			es: 'Un municipio accesible para todos'
		},
		challenge: {
			sv: 'Ta bort hinder för personer med funktionsnedsättning och sprida kunskap om skadliga normer bakom könsrelaterat våld, med skolor som utförare.',
			en: 'Remove barriers for people with disabilities, and spread knowledge of the harmful norms behind gender-based violence, with schools carrying out parts of the work.',
			es: 'Eliminar barreras para las personas con discapacidad y difundir conocimiento sobre las normas dañinas detrás de la violencia de género, con centros educativos como ejecutores.'
		}
	},
	{
		slug: 'amal-bergrivier',
		parties: ['amal', 'bergrivier'],
		theme: 'education',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-19'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		title: { sv: 'Skolgång som rättighet', en: 'Schooling as a right', es: 'La escolaridad como derecho' },
		challenge: {
			sv: 'Fler barn ska gå klart skolan, och föräldrar ska vara delaktiga i skolans arbete.',
			en: 'More children finishing school, with parents taking part in the school’s work.',
			es: 'Que más niños terminen la escuela, con madres y padres que participen en su trabajo.'
		}
	},
	{
		slug: 'ovanaker-overstrand',
		parties: ['ovanaker', 'overstrand'],
		theme: 'youth-participation',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-22'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		...youth('Ovanåker', 'Overstrand')
	},
	{
		slug: 'falun-mogale',
		parties: ['falun', 'mogale'],
		theme: 'youth-participation',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-24'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		...youth('Falun', 'Mogale')
	},
	{
		slug: 'bollnas-lobatse',
		parties: ['bollnas', 'lobatse'],
		theme: 'youth-participation',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-26'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		...youth('Bollnäs', 'Lobatse')
	},
	{
		slug: 'kungsor-rufunsa',
		parties: ['kungsor', 'rufunsa'],
		theme: 'youth-participation',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-29'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		...youth('Kungsör', 'Rufunsa')
	},
	{
		slug: 'lund-francistown',
		parties: ['lund', 'francistown'],
		theme: 'gender-equality',
		network: 'human-rights',
		history: humanRightsNetwork('2021-03-31'),
		startDate: '2021-09-01',
		endDate: '2024-06-30',
		title: {
			sv: 'Jämställd service i staden',
			en: 'Equal services in the city',
			es: 'Servicios igualitarios en la ciudad'
		},
		challenge: {
			sv: 'Kommunens tjänster ska nå kvinnor och män lika, och medborgarna ska kunna påverka hur de utformas.',
			en: 'Municipal services that reach women and men alike, shaped together with residents.',
			es: 'Servicios municipales que lleguen por igual a mujeres y hombres, diseñados junto con la ciudadanía.'
		}
	},
	{
		slug: 'gotland-kibaha',
		parties: ['gotland', 'kibaha'],
		theme: 'gender-based-violence',
		history: [
			['application', '2023-03-15'],
			['inception', '2023-09-01'],
			['project', '2024-03-01']
		],
		startDate: '2023-09-01',
		endDate: '2026-12-31',
		title: {
			sv: 'Förebygga könsrelaterat våld',
			en: 'Preventing gender-based violence',
			es: 'Prevenir la violencia de género'
		},
		challenge: {
			sv: 'Stärka båda organisationernas förmåga att förebygga och hantera könsrelaterat våld.',
			en: 'Strengthen both organisations’ ability to prevent and handle gender-based violence.',
			es: 'Fortalecer la capacidad de ambas organizaciones para prevenir y atender la violencia de género.'
		}
	},
	{
		slug: 'ale-ghanzi-budesti',
		parties: ['ale', 'ghanzi', 'budesti'],
		theme: 'education',
		history: [
			['application', '2023-09-15'],
			['inception', '2024-01-01'],
			['project', '2025-01-01']
		],
		startDate: '2024-01-01',
		endDate: '2026-12-31',
		title: { sv: 'No Dropouts', en: 'No Dropouts', es: 'No Dropouts' },
		challenge: {
			sv: 'Tre kommuner på tre kontinenter arbetar för att inga elever ska lämna skolan i förtid.',
			en: 'Three municipalities on three continents working so that no pupil leaves school early.',
			es: 'Tres municipios de tres continentes trabajan para que ningún alumno abandone la escuela antes de tiempo.'
		}
	}
];

export const DEMO_PASSWORD = 'glokal-demo-2026';

export const demoPeople: {
	email: string;
	name: string;
	locale: 'sv' | 'en' | 'es';
	staff?: boolean;
	memberOf?: [string, 'coordinator' | 'member'];
}[] = [
	{ email: 'staff@example.org', name: 'Sara Lindqvist', locale: 'sv', staff: true },
	{ email: 'coordinator@example.org', name: 'Johan Berg', locale: 'sv', memberOf: ['jonkoping', 'coordinator'] },
	{ email: 'member@example.org', name: 'Maria Ek', locale: 'sv', memberOf: ['jonkoping', 'member'] },
	{
		email: 'stellenbosch@example.org',
		name: 'Thandi Mokoena',
		locale: 'en',
		memberOf: ['stellenbosch', 'coordinator']
	},
	{ email: 'pitea@example.org', name: 'Lars Holm', locale: 'sv', memberOf: ['pitea', 'coordinator'] }
];
