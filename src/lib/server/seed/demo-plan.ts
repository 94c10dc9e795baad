import type { TranslatedText } from '$lib/i18n/translated';
import type { Actor } from '../domain/accounts/actor';
import { getPlan } from '../domain/plan/queries';
import type { PlanInput } from '../domain/plan/schemas';
import { updatePlan } from '../domain/plan/update-plan';
import { addIndicator } from '../domain/results/add-indicator';
import { addPeriod } from '../domain/results/add-period';
import { addResult } from '../domain/results/add-result';
import type { IndicatorInput, PeriodInput, ResultInput } from '../domain/results/schemas';
import { genderNetworkPlans } from './demo-gender-network';

// Project plans and small results frameworks for demo partnerships, through the use cases. Facts
// (places, themes, years) from the programme's material; the texts and figures are our own illustration.

const t = (sv: string, en: string, es: string): TranslatedText => ({ sv, en, es });

type DemoIndicator = IndicatorInput & { periods: PeriodInput[] };
type DemoResult = ResultInput & { indicators: DemoIndicator[] };
export type DemoPlan = {
	slug: string;
	plan: Omit<PlanInput, 'mutualBenefit'>;
	/** Mutual benefit by party, Swedish party first (the order getPlan gives). */
	benefits: TranslatedText[];
	results: DemoResult[];
};

const year = (y: number, value: number, narrative?: TranslatedText): PeriodInput => ({
	periodStart: `${y}-01-01`,
	periodEnd: `${y}-12-31`,
	actualValue: value,
	narrative
});

const demoPlans: DemoPlan[] = [
	{
		slug: 'jonkoping-stellenbosch',
		plan: {
			objectives: t(
				'Fler offentliga byggnader och platser ska vara tillgängliga för personer med funktionsnedsättning, och skolor i båda kommunerna ska arbeta med skadliga normer bakom könsrelaterat våld.',
				'More public buildings and places accessible to people with disabilities, and schools in both municipalities working on the harmful norms behind gender-based violence.',
				'Más edificios y espacios públicos accesibles para las personas con discapacidad, y escuelas de ambos municipios que trabajen sobre las normas dañinas detrás de la violencia de género.'
			),
			principles: ['equality', 'participation', 'accountability'],
			sdgGoals: [5, 10, 11, 16, 17],
			sdgTargets: ['5.1', '5.2', '10.2', '10.3', '11.2', '11.7', '16.7', '16.b', '17.17'],
			projectStartDate: '2022-09-01',
			projectEndDate: '2024-06-30'
		},
		benefits: [
			t(
				'Jönköping lär sig av Stellenboschs arbete med delaktighet i bostadsområden och får nya sätt att nå unga med samtal om normer.',
				'Jönköping learns from Stellenbosch’s work on participation in neighbourhoods and gains new ways of reaching young people with conversations about norms.',
				'Jönköping aprende del trabajo de Stellenbosch sobre participación en los barrios y obtiene nuevas formas de llegar a los jóvenes con conversaciones sobre normas.'
			),
			t(
				'Stellenbosch får metoder för tillgänglighetsinventering och ett råd där organisationer för personer med funktionsnedsättning deltar i planeringen.',
				'Stellenbosch gains methods for accessibility audits and a council where disability organisations take part in planning.',
				'Stellenbosch obtiene métodos para auditorías de accesibilidad y un consejo en el que las organizaciones de personas con discapacidad participan en la planificación.'
			)
		],
		results: [
			{
				kind: 'outcome',
				title: t(
					'Offentliga byggnader är tillgängliga',
					'Public buildings are accessible',
					'Los edificios públicos son accesibles'
				),
				description: t(
					'Personer med funktionsnedsättning kan ta sig in i och använda kommunens byggnader.',
					'People with disabilities can enter and use the municipality’s buildings.',
					'Las personas con discapacidad pueden entrar y usar los edificios municipales.'
				),
				indicators: [
					{
						kind: 'quantitative',
						name: t(
							'Andel offentliga byggnader med tillgänglig entré',
							'Share of public buildings with an accessible entrance',
							'Proporción de edificios públicos con entrada accesible'
						),
						unit: '%',
						baselineValue: 35,
						baselineYear: 2021,
						targetValue: 70,
						targetYear: 2024,
						periods: [
							year(2022, 44),
							year(
								2023,
								58,
								t(
									'Ramper och automatiska dörrar på tolv byggnader.',
									'Ramps and automatic doors at twelve buildings.',
									'Rampas y puertas automáticas en doce edificios.'
								)
							)
						]
					},
					{
						kind: 'qualitative',
						name: t(
							'Funktionsrättsorganisationernas roll i planeringen',
							'Disability organisations’ role in planning',
							'El papel de las organizaciones de personas con discapacidad en la planificación'
						),
						baselineText: t(
							'Tillfrågas ibland, efter att beslut har fattats.',
							'Asked now and then, after decisions are made.',
							'Consultadas de vez en cuando, después de tomar las decisiones.'
						),
						targetText: t(
							'Tillfrågas regelbundet innan beslut om byggnader och kollektivtrafik.',
							'Asked regularly before decisions on buildings and public transport.',
							'Consultadas con regularidad antes de decidir sobre edificios y transporte público.'
						),
						periods: [
							{
								periodStart: '2023-01-01',
								periodEnd: '2023-12-31',
								actualText: t(
									'Ett stående råd möts fyra gånger om året i båda kommunerna.',
									'A standing council meets four times a year in both municipalities.',
									'Un consejo permanente se reúne cuatro veces al año en ambos municipios.'
								)
							}
						]
					}
				]
			},
			{
				kind: 'output',
				title: t(
					'Utbildningsmaterial om skadliga normer används i skolor',
					'Training material on harmful norms is used in schools',
					'El material formativo sobre normas dañinas se usa en las escuelas'
				),
				indicators: [
					{
						kind: 'quantitative',
						name: t('Skolor som använder materialet', 'Schools using the material', 'Escuelas que usan el material'),
						baselineValue: 0,
						baselineYear: 2021,
						targetValue: 12,
						periods: [year(2022, 4), year(2023, 9)]
					}
				]
			}
		]
	},
	{
		slug: 'gotland-kibaha',
		plan: {
			objectives: t(
				'Kortare väg från anmälan till stöd för den som utsatts för könsrelaterat våld, och gemensamma rutiner för socialtjänst, polis och hälsovård.',
				'A shorter path from report to support for people subjected to gender-based violence, and shared routines for social services, police and health care.',
				'Un camino más corto entre la denuncia y el apoyo para quienes sufren violencia de género, y rutinas comunes para servicios sociales, policía y salud.'
			),
			principles: ['equality', 'accountability', 'transparency'],
			sdgGoals: [5, 16, 17],
			sdgTargets: ['5.2', '5.c', '16.1', '16.6', '17.17'],
			projectStartDate: '2024-03-01',
			projectEndDate: '2026-12-31'
		},
		benefits: [
			t(
				'Region Gotland får erfarenhet av samverkan med lokala ledare och civilsamhälle på landsbygden.',
				'Region Gotland gains experience of working with local leaders and civil society in rural areas.',
				'Region Gotland adquiere experiencia de trabajo con líderes locales y sociedad civil en zonas rurales.'
			),
			t(
				'Kibaha får stöd att bygga upp rutiner och uppföljning för skydd mot våld.',
				'Kibaha gets support in building routines and follow-up for protection against violence.',
				'Kibaha recibe apoyo para crear rutinas y seguimiento de la protección contra la violencia.'
			)
		],
		results: [
			{
				kind: 'outcome',
				title: t(
					'Den som utsatts får stöd snabbare',
					'People subjected to violence get support sooner',
					'Quienes sufren violencia reciben apoyo antes'
				),
				indicators: [
					{
						kind: 'quantitative',
						name: t(
							'Dagar från anmälan till första stödsamtal (medianvärde)',
							'Days from report to first support meeting (median)',
							'Días entre la denuncia y la primera reunión de apoyo (mediana)'
						),
						baselineValue: 21,
						baselineYear: 2023,
						targetValue: 7,
						targetYear: 2026,
						periods: [{ periodStart: '2024-03-01', periodEnd: '2024-12-31', actualValue: 15 }, year(2025, 11)]
					}
				]
			}
		]
	}
];

/**
 * Gives demo partnerships a project plan and a small results framework, as the system. Run before their
 * phase history is written (demo-history.ts): a completed partnership's plan no longer changes.
 */
export async function seedPlanDemo(system: Actor): Promise<void> {
	for (const demo of [...demoPlans, ...genderNetworkPlans]) {
		// The plan replaces the challenge too: keep the one the partnership was created with.
		const { parties, challenge } = await getPlan(system, { slug: demo.slug });
		const mutualBenefit = Object.fromEntries(parties.map((party, i) => [party.organisationId, demo.benefits[i] ?? {}]));
		await updatePlan(system, { slug: demo.slug }, { ...demo.plan, challenge, mutualBenefit });
		for (const { indicators, ...result } of demo.results) {
			const created = await addResult(system, { slug: demo.slug }, result);
			for (const { periods, ...indicator } of indicators) {
				const ref = { partnership: { slug: demo.slug }, resultId: created.id };
				const made = await addIndicator(system, ref, indicator);
				for (const period of periods) await addPeriod(system, { ...ref, indicatorId: made.id }, period);
			}
		}
	}
}
