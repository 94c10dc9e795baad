import type { TranslatedText } from '$lib/i18n/translated';
import type { DemoOrganisation, DemoPartnership } from './demo-data';
import type { DemoPlan } from './demo-plan';

// The gender-equality network (2024–2026): Swedish municipalities with municipalities in Colombia and
// Guatemala. Real places with rough sizes; the partnerships, texts and figures are the demo's own. The
// municipalities seeking a partner in the demo's open call (demo-profiles.ts) are left out, so that the
// call's matching is unchanged.

const t = (sv: string, en: string, es: string): TranslatedText => ({ sv, en, es });

export const genderNetworkOrganisations: DemoOrganisation[] = [
	{
		key: 'umea',
		name: 'Umeå kommun',
		kind: 'municipality',
		countryCode: 'SE',
		subdivision: 'Västerbotten',
		population: 132_000,
		latitude: 63.8258,
		longitude: 20.263
	},
	{
		key: 'popayan',
		name: 'Municipio de Popayán',
		kind: 'municipality',
		countryCode: 'CO',
		subdivision: 'Cauca',
		population: 325_000,
		latitude: 2.4448,
		longitude: -76.6147
	},
	{
		key: 'coban',
		name: 'Municipalidad de Cobán',
		kind: 'municipality',
		countryCode: 'GT',
		subdivision: 'Alta Verapaz',
		population: 212_000,
		latitude: 15.4706,
		longitude: -90.3747
	},
	{
		key: 'sogamoso',
		name: 'Municipio de Sogamoso',
		kind: 'municipality',
		countryCode: 'CO',
		subdivision: 'Boyacá',
		population: 126_000,
		latitude: 5.7145,
		longitude: -72.9339
	}
];

export const genderNetworkPartnerships: DemoPartnership[] = [
	{
		slug: 'umea-popayan',
		parties: ['umea', 'popayan'],
		theme: 'gender-equality',
		network: 'gender-equality',
		history: [
			['application', '2024-03-15'],
			['inception', '2024-09-01'],
			['project', '2025-09-01']
		],
		startDate: '2024-09-01',
		endDate: '2026-12-31',
		title: t(
			'Trygga offentliga rum för kvinnor och flickor',
			'Safe public spaces for women and girls',
			'Espacios públicos seguros para mujeres y niñas'
		),
		challenge: t(
			'Kvinnor och flickor undviker parker, busshållplatser och gångstråk när det är mörkt. Båda kommunerna vill planera stadens rum så att alla kan röra sig tryggt, och låta kvinnor och flickor själva peka ut var det behövs.',
			'Women and girls avoid parks, bus stops and footpaths after dark. Both municipalities want to plan public spaces so that everyone can move about safely, and to let women and girls point out where change is needed.',
			'Las mujeres y las niñas evitan los parques, las paradas de autobús y los senderos cuando oscurece. Ambos municipios quieren planificar los espacios públicos para que todas las personas puedan desplazarse con seguridad, y que sean ellas mismas quienes señalen dónde hacen falta cambios.'
		)
	},
	{
		slug: 'kungsor-coban',
		parties: ['kungsor', 'coban'],
		theme: 'gender-equality',
		network: 'gender-equality',
		history: [
			['application', '2024-03-20'],
			['inception', '2024-09-01'],
			['project', '2025-09-01']
		],
		startDate: '2024-09-01',
		endDate: '2026-12-31',
		title: t('Fler kvinnor i lokala beslut', 'More women in local decisions', 'Más mujeres en las decisiones locales'),
		challenge: t(
			'Få kvinnor sitter i fullmäktige och i de lokala utvecklingsråden, och kvinnor från ursprungsfolk nästan inga. Kommunerna vill att fler kvinnor kandiderar, väljs och orkar stanna kvar.',
			'Few women sit on the councils and in the local development councils, and almost no Indigenous women. The municipalities want more women to stand, be elected and stay on.',
			'Pocas mujeres integran el concejo y los consejos comunitarios de desarrollo, y casi ninguna mujer indígena. Los municipios quieren que más mujeres se postulen, sean elegidas y permanezcan.'
		)
	},
	{
		// Joined the network's second intake: still planning, so not public under the demo's rule (decision 0013).
		slug: 'amal-sogamoso',
		parties: ['amal', 'sogamoso'],
		theme: 'gender-based-violence',
		network: 'gender-equality',
		history: [
			['application', '2025-03-14'],
			['inception', '2025-09-01']
		],
		startDate: '2025-09-01',
		endDate: '2027-12-31',
		title: t(
			'Unga mot våld i nära relationer',
			'Young people against violence in close relationships',
			'Jóvenes contra la violencia en las relaciones de pareja'
		),
		challenge: t(
			'Många unga möter våld i sina första relationer men vet inte vart de kan vända sig. Skolor, socialtjänst och fritidsverksamhet i båda kommunerna vill arbeta tillsammans med förebyggande samtal.',
			'Many young people meet violence in their first relationships but do not know where to turn. Schools, social services and youth centres in both municipalities want to work together on preventive conversations.',
			'Muchos jóvenes sufren violencia en sus primeras relaciones de pareja y no saben a quién acudir. Las escuelas, los servicios sociales y los centros juveniles de ambos municipios quieren trabajar juntos en conversaciones preventivas.'
		)
	}
];

export const genderNetworkPlans: DemoPlan[] = [
	{
		slug: 'umea-popayan',
		plan: {
			objectives: t(
				'Kvinnor och flickor ska känna sig trygga i centrum och i två nya stadsdelar i varje kommun, och kommunerna ska planera offentliga rum tillsammans med dem.',
				'Women and girls feel safe in the centre and in two new neighbourhoods of each municipality, and the municipalities plan public spaces together with them.',
				'Que las mujeres y las niñas se sientan seguras en el centro y en dos barrios nuevos de cada municipio, y que los municipios planifiquen los espacios públicos junto con ellas.'
			),
			principles: ['equality', 'participation'],
			sdgGoals: [5, 11, 16],
			sdgTargets: ['5.2', '11.7', '16.7'],
			projectStartDate: '2025-09-01',
			projectEndDate: '2026-12-31'
		},
		benefits: [
			t(
				'Umeå får erfarenhet av Popayáns trygghetsvandringar med kvinnoorganisationer i stadsdelar som växer snabbt.',
				'Umeå gains experience of Popayán’s safety walks with women’s organisations in fast-growing neighbourhoods.',
				'Umeå adquiere experiencia de los recorridos de seguridad de Popayán con organizaciones de mujeres en barrios que crecen rápidamente.'
			),
			t(
				'Popayán lär sig Umeås metoder för jämställd stadsplanering och att följa upp tryggheten med könsuppdelad statistik.',
				'Popayán learns Umeå’s methods for gender-equal planning and for following up safety with sex-disaggregated statistics.',
				'Popayán aprende los métodos de Umeå para una planificación urbana con igualdad de género y para dar seguimiento a la seguridad con estadísticas desagregadas por sexo.'
			)
		],
		results: [
			{
				kind: 'outcome',
				title: t(
					'Kvinnor och flickor känner sig trygga',
					'Women and girls feel safe',
					'Las mujeres y las niñas se sienten seguras'
				),
				description: t(
					'Mätt i kommunernas trygghetsenkäter, uppdelat på kön och ålder.',
					'Measured in the municipalities’ safety surveys, by sex and age.',
					'Medido en las encuestas de seguridad de los municipios, por sexo y edad.'
				),
				indicators: [
					{
						kind: 'quantitative',
						name: t(
							'Andel kvinnor som känner sig trygga i centrum när det är mörkt',
							'Share of women who feel safe in the centre after dark',
							'Proporción de mujeres que se sienten seguras en el centro cuando oscurece'
						),
						unit: '%',
						baselineValue: 38,
						baselineYear: 2025,
						targetValue: 55,
						targetYear: 2026,
						periods: [{ periodStart: '2025-09-01', periodEnd: '2026-06-30', actualValue: 44 }]
					}
				]
			}
		]
	},
	{
		slug: 'kungsor-coban',
		plan: {
			objectives: t(
				'Fler kvinnor ska kandidera i valen och delta i de lokala råden, och båda kommunerna ska ha stöd för nyvalda kvinnliga förtroendevalda.',
				'More women stand in elections and take part in the local councils, and both municipalities support newly elected women.',
				'Que más mujeres se postulen en las elecciones y participen en los consejos locales, y que ambos municipios apoyen a las mujeres recién electas.'
			),
			principles: ['equality', 'participation', 'accountability'],
			sdgGoals: [5, 16],
			sdgTargets: ['5.5', '16.7'],
			projectStartDate: '2025-09-01',
			projectEndDate: '2026-12-31'
		},
		benefits: [
			t(
				'Kungsör lär sig av Cobáns arbete med att nå kvinnor från ursprungsfolk på deras eget språk.',
				'Kungsör learns from Cobán’s work reaching Indigenous women in their own language.',
				'Kungsör aprende del trabajo de Cobán para llegar a las mujeres indígenas en su propio idioma.'
			),
			t(
				'Cobán får Kungsörs erfarenhet av mentorskap för nya förtroendevalda, över partigränserna.',
				'Cobán gains Kungsör’s experience of mentoring newly elected members across party lines.',
				'Cobán obtiene la experiencia de Kungsör en la mentoría de personas recién electas, más allá de los partidos.'
			)
		],
		results: []
	}
];
