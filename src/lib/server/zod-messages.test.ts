import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import sv from '../../../messages/sv.json';
import en from '../../../messages/en.json';
import es from '../../../messages/es.json';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { reviewInputFor } from './domain/reviews/schemas';
import { localNumber, toFieldErrors } from './validation';

// Every message a form or the API can answer with comes from a use case's schema. Fed every kind of
// garbage, in every language, a schema must answer only with our own messages: never zod's ("Invalid
// UUID", "Ogiltig inmatning: förväntat string, fick undefined", "Inválido UUID").

const modules = import.meta.glob<Record<string, unknown>>('./domain/*/schemas.ts', { eager: true });

const schemas: [string, z.ZodType][] = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports)
		.filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
		.map(([name, schema]): [string, z.ZodType] => [`${file.split('/')[2]}.${name}`, schema])
);
schemas.push(['reviews.reviewInputFor', reviewInputFor([{ id: 'relevance', label: { sv: 'Relevans' } }])]);

type Def = { type: string; in?: z.core.$ZodType; out?: z.core.$ZodType; innerType?: z.core.$ZodType };
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def & Record<string, unknown>;

/** The object a schema parses, under its wrappers (optional, default, refine, preprocess, transform). */
function objectIn(schema: z.core.$ZodType): z.ZodObject | undefined {
	const def = defOf(schema);
	if (def.type === 'object') return schema as z.ZodObject;
	if (def.type === 'pipe') return objectIn(def.in!) ?? objectIn(def.out!);
	if (def.innerType) return objectIn(def.innerType);
	return undefined;
}

function elementIn(schema: z.core.$ZodType): z.core.$ZodType | undefined {
	const def = defOf(schema);
	if (def.type === 'array') return def.element as z.core.$ZodType;
	if (def.type === 'pipe') return elementIn(def.in!) ?? elementIn(def.out!);
	if (def.innerType) return elementIn(def.innerType);
	return undefined;
}

const long = 'x'.repeat(25_000);
const garbage: unknown[] = [
	'',
	'   ',
	'garbage',
	long,
	'97.000',
	'NaN',
	'1e5',
	42,
	-7,
	1.5,
	1e12,
	true,
	null,
	[],
	['garbage'],
	[42],
	{},
	{ sv: long, en: 42 }
];

/** Every field of the object set to `value`, nested objects and lists of objects filled the same way. */
function filled(schema: z.core.$ZodType, value: unknown, depth = 0): unknown {
	const object = objectIn(schema);
	if (!object || depth > 3) {
		const element = elementIn(schema);
		return element && objectIn(element) && depth <= 3 ? [filled(element, value, depth + 1)] : value;
	}
	return Object.fromEntries(
		Object.keys(object.shape).map((key) => [key, filled(object.shape[key]!, value, depth + 1)])
	);
}

function inputsFor(schema: z.ZodType): unknown[] {
	return [undefined, {}, ...garbage, ...garbage.map((value) => filled(schema, value))];
}

/** Each language's messages as patterns, their parameters standing for anything. */
function patterns(messages: Record<string, string>): RegExp[] {
	return Object.entries(messages)
		.filter(([key]) => key !== '$schema')
		.map(([, text]) => {
			const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
			return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
		});
}
const ours = { sv: patterns(sv), en: patterns(en), es: patterns(es) };
const checked = new Map<string, boolean>();
/** Whether a message is one of ours in `locale` and says nothing of zod's. */
function isOurs(message: string, locale: 'sv' | 'en' | 'es'): boolean {
	const key = `${locale}:${message}`;
	if (!checked.has(key))
		checked.set(key, !zodWords.test(message) && ours[locale].some((pattern) => pattern.test(message)));
	return checked.get(key)!;
}

const zodWords =
	/UUID|GUID|\bexpected\b|Invalid|förväntat|förväntade|Inválid|Ogiltig|esperaba|NaN|instanceof|Too (big|small)|För (stor|lite)|Demasiado (grande|pequeño)|received|\bfick\b/;

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('messages of the schemas', () => {
	it('finds the schemas of every domain module', () => {
		expect(schemas.length).toBeGreaterThan(40);
		expect(schemas.map(([name]) => name)).toContain('partnerships.partnershipInput');
	});

	for (const locale of ['sv', 'en', 'es'] as const)
		it(`answers garbage only with our own messages, in ${locale}`, () => {
			overwriteGetLocale(() => locale);
			const foreign = new Set<string>();
			let count = 0;
			for (const [name, schema] of schemas)
				for (const input of inputsFor(schema)) {
					const result = schema.safeParse(input);
					if (result.success) continue;
					for (const [field, message] of Object.entries(toFieldErrors(result.error.issues))) {
						count++;
						if (!isOurs(message, locale)) foreign.add(`${name} ${field}: ${message}`);
					}
				}
			expect(count).toBeGreaterThan(500);
			expect([...foreign]).toEqual([]);
		}, 30_000);

	it('names a theme not chosen as such, in each language', async () => {
		const { partnershipInput } = await import('./domain/partnerships/schemas');
		const errorsIn = (locale: 'sv' | 'en' | 'es') => {
			overwriteGetLocale(() => locale);
			return toFieldErrors(partnershipInput.safeParse({ programmeId: '', themeId: '', partyIds: [] }).error!.issues);
		};
		expect(errorsIn('sv')).toMatchObject({ programmeId: 'Välj ett program.', themeId: 'Välj ett tema.' });
		expect(errorsIn('en')).toMatchObject({ programmeId: 'Choose a programme.', themeId: 'Choose a theme.' });
		expect(errorsIn('es')).toMatchObject({ programmeId: 'Elija un programa.', themeId: 'Elija un tema.' });
	});
});

describe('ourMessage', () => {
	it('asks for a whole number, with an example in the reader’s way', () => {
		overwriteGetLocale(() => 'sv');
		expect(z.int().safeParse(2.5).error?.issues[0]?.message).toBe('Skriv ett heltal, till exempel 97\u00a0000.');
		expect(z.number().safeParse('many').error?.issues[0]?.message).toBe('Skriv ett tal, till exempel 1\u00a0234,5.');
	});

	it('asks an API client for a JSON object only when the whole body is not one', async () => {
		const { visitorInput } = await import('./domain/expressions/schemas');
		overwriteGetLocale(() => 'en');
		expect(toFieldErrors(visitorInput.safeParse([]).error!.issues)._form).toBe(
			'Send the fields as a JSON object with one property per field.'
		);
		expect(toFieldErrors(visitorInput.safeParse({ organisation: 'Piteå' }).error!.issues).organisation).toBe(
			'Check this field.'
		);
	});
});

describe('localNumber', () => {
	const population = localNumber({ whole: true, min: 1, error: () => 'population' });
	const value = localNumber({ error: () => 'value' });

	it('reads a number as the reader writes it, and a JSON number as it is', () => {
		overwriteGetLocale(() => 'sv');
		expect(population.parse('97 000')).toBe(97_000);
		expect(population.parse('190\u00a0000')).toBe(190_000);
		expect(value.parse('1 234,5')).toBe(1234.5);
		expect(value.parse(1234.5)).toBe(1234.5);
		overwriteGetLocale(() => 'en');
		expect(value.parse('1,234.5')).toBe(1234.5);
		overwriteGetLocale(() => 'es');
		expect(population.parse('97.000')).toBe(97_000);
	});

	it('answers the field’s own message, and explains an ambiguous point', () => {
		overwriteGetLocale(() => 'sv');
		const message = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;
		expect(message(population, 'många')).toBe('population');
		expect(message(population, '2,5')).toBe('population');
		expect(message(population, 0)).toBe('population');
		expect(message(population, true)).toBe('population');
		expect(message(value, '1.500')).toBe(
			'Punkten kan skilja både tusental och decimaler. Skriv 1\u00a0500 eller 1,5, beroende på vad du menar.'
		);
	});

	it('takes the one reading of an ambiguous point that fits the range', () => {
		overwriteGetLocale(() => 'sv');
		expect(localNumber({ min: -90, max: 90, error: () => 'latitude' }).parse('57.782')).toBe(57.782);
		expect(localNumber({ min: 1000, error: () => 'large' }).parse('57.782')).toBe(57_782);
		overwriteGetLocale(() => 'es');
		expect(localNumber({ min: -90, max: 90, error: () => 'latitude' }).parse('57.782')).toBe(57.782);
		expect(localNumber({ error: () => 'value' }).parse('57.782')).toBe(57_782);
	});
});
