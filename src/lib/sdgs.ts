import type { Locale } from '$lib/i18n/locales';

// The UN's 2030 Agenda: 17 Sustainable Development Goals and their 169 targets. Names are the official
// short titles in each language (UN in English and Spanish; the Swedish government's "Globala målen").
// Targets are identified by their official codes ("5.5", "5.c"); their texts are in $lib/sdg-targets.

export type SdgGoal = { number: number; name: Record<Locale, string>; targets: readonly string[] };

/** Numbered targets 1…n, then lettered targets a…, as the UN numbers them. */
function targets(goal: number, numbered: number, lettered: number): string[] {
	return [
		...Array.from({ length: numbered }, (_, i) => `${goal}.${i + 1}`),
		...Array.from({ length: lettered }, (_, i) => `${goal}.${String.fromCharCode(97 + i)}`)
	];
}

const goal = (number: number, numbered: number, lettered: number, sv: string, en: string, es: string): SdgGoal => ({
	number,
	name: { sv, en, es },
	targets: targets(number, numbered, lettered)
});

export const sdgGoals: readonly SdgGoal[] = [
	goal(1, 5, 2, 'Ingen fattigdom', 'No poverty', 'Fin de la pobreza'),
	goal(2, 5, 3, 'Ingen hunger', 'Zero hunger', 'Hambre cero'),
	goal(3, 9, 4, 'Hälsa och välbefinnande', 'Good health and well-being', 'Salud y bienestar'),
	goal(4, 7, 3, 'God utbildning för alla', 'Quality education', 'Educación de calidad'),
	goal(5, 6, 3, 'Jämställdhet', 'Gender equality', 'Igualdad de género'),
	goal(6, 6, 2, 'Rent vatten och sanitet för alla', 'Clean water and sanitation', 'Agua limpia y saneamiento'),
	goal(7, 3, 2, 'Hållbar energi för alla', 'Affordable and clean energy', 'Energía asequible y no contaminante'),
	goal(
		8,
		10,
		2,
		'Anständiga arbetsvillkor och ekonomisk tillväxt',
		'Decent work and economic growth',
		'Trabajo decente y crecimiento económico'
	),
	goal(
		9,
		5,
		3,
		'Hållbar industri, innovationer och infrastruktur',
		'Industry, innovation and infrastructure',
		'Industria, innovación e infraestructura'
	),
	goal(10, 7, 3, 'Minskad ojämlikhet', 'Reduced inequalities', 'Reducción de las desigualdades'),
	goal(
		11,
		7,
		3,
		'Hållbara städer och samhällen',
		'Sustainable cities and communities',
		'Ciudades y comunidades sostenibles'
	),
	goal(
		12,
		8,
		3,
		'Hållbar konsumtion och produktion',
		'Responsible consumption and production',
		'Producción y consumo responsables'
	),
	goal(13, 3, 2, 'Bekämpa klimatförändringarna', 'Climate action', 'Acción por el clima'),
	goal(14, 7, 3, 'Hav och marina resurser', 'Life below water', 'Vida submarina'),
	goal(15, 9, 3, 'Ekosystem och biologisk mångfald', 'Life on land', 'Vida de ecosistemas terrestres'),
	goal(
		16,
		10,
		2,
		'Fredliga och inkluderande samhällen',
		'Peace, justice and strong institutions',
		'Paz, justicia e instituciones sólidas'
	),
	goal(
		17,
		19,
		0,
		'Genomförande och globalt partnerskap',
		'Partnerships for the goals',
		'Alianzas para lograr los objetivos'
	)
];

const byNumber = new Map(sdgGoals.map((g) => [g.number, g]));

export function sdgGoal(number: number): SdgGoal | undefined {
	return byNumber.get(number);
}

/** The goal a target code belongs to ("5.5" → 5), or undefined when the code is not an official target. */
export function goalOfTarget(code: string): number | undefined {
	const number = Number(code.split('.')[0]);
	return byNumber.get(number)?.targets.includes(code) ? number : undefined;
}

/** "5. Gender equality" in the reader's language. */
export function sdgGoalLabel(number: number, locale: Locale): string {
	const found = byNumber.get(number);
	return found ? `${number}. ${found.name[locale]}` : String(number);
}

/** Target codes in the UN's order: by goal, numbered before lettered. */
export function sortTargets(codes: readonly string[]): string[] {
	const order = new Map(sdgGoals.flatMap((g) => g.targets).map((code, i) => [code, i]));
	return [...codes].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}
