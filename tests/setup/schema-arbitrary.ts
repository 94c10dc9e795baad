import fc from 'fast-check';

// Requests made from the OpenAPI document's JSON Schemas: values that fit the schema (so writes get
// past validation and reach the database), and hostile ones that do not.

export type JsonSchema = {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	enum?: unknown[];
	const?: unknown;
	format?: string;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxItems?: number;
	additionalProperties?: JsonSchema | boolean;
	propertyNames?: JsonSchema;
};

/** Strings PostgreSQL, JSON, slugs, search and the eye choke on. */
export const hostileStrings = [
	'\u0000',
	'a\u0000b',
	'\ud800',
	'x\udfffy',
	'\ud83d',
	'😀\ud83d',
	'\uffff',
	'\u202e\u202d',
	'\ufeff',
	'\u0085\u2028\u2029',
	'ﷺ',
	'e\u0301\u0301\u0301',
	'   ',
	'',
	'%00',
	'\\u0000',
	"'; drop table users; --",
	'<script>alert(1)</script>',
	'../../etc/passwd',
	'null',
	'-1',
	'1e400',
	'0x10',
	'00000000-0000-0000-0000-000000000000',
	'ffffffff-ffff-ffff-ffff-ffffffffffff',
	'9999-12-31',
	'0000-01-01',
	'2025-02-30',
	'a'.repeat(10_001),
	'å'.repeat(70_000),
	'\u0000'.repeat(1000)
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) }
);

/** Any JSON value of the wrong kind: numbers at the edges, nesting, nulls. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], {
		sv: null
	}),
	fc.integer(),
	hostileString,
	fc.jsonValue({ maxDepth: 3 })
);

/** Real ids a body field may name, by the field's name (`organisationId`, `partyIds`). */
export type IdPool = (field: string) => string[];

const isoDate = fc
	.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

function stringFor(schema: JsonSchema, ids: IdPool, field = ''): fc.Arbitrary<string> {
	if (schema.format === 'uuid') {
		const known = ids(field);
		return known.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, fc.uuid()) : fc.uuid();
	}
	if (schema.format === 'date') return isoDate;
	if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
	if (schema.format === 'email') return fc.emailAddress();
	if (schema.format === 'uri') return fc.webUrl();
	const maxLength = Math.min(schema.maxLength ?? 40, 40);
	if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= maxLength);
	return fc.string({ minLength: Math.min(schema.minLength ?? 0, maxLength), maxLength });
}

/** A value that fits the schema (as far as a JSON Schema says: cross-field rules are the use case's). */
export function fitting(schema: JsonSchema, ids: IdPool, depth = 0, field = ''): fc.Arbitrary<unknown> {
	if (schema.const !== undefined) return fc.constant(schema.const);
	if (schema.enum) return fc.constantFrom(...schema.enum);
	const options = schema.anyOf ?? schema.oneOf;
	if (options) return fc.oneof(...options.map((option) => fitting(option, ids, depth + 1, field)));
	if (schema.allOf?.[0]) return fitting(schema.allOf[0], ids, depth + 1, field);
	const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
	if (types.length > 1) return fc.oneof(...types.map((type) => fitting({ ...schema, type }, ids, depth, field)));
	switch (types[0]) {
		case 'string':
			return stringFor(schema, ids, field);
		case 'integer':
			return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
		case 'number':
			return fc.double({
				min: schema.minimum ?? -1e6,
				max: schema.maximum ?? 1e9,
				noNaN: true,
				noDefaultInfinity: true
			});
		case 'boolean':
			return fc.boolean();
		case 'null':
			return fc.constant(null);
		case 'array':
			return fc.array(schema.items && depth < 4 ? fitting(schema.items, ids, depth + 1, field) : fc.string(), {
				minLength: schema.minItems ?? 0,
				maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3))
			});
		case 'object':
			return objectFor(schema, ids, depth, field);
		default:
			return fc.jsonValue({ maxDepth: 2 });
	}
}

function objectFor(schema: JsonSchema, ids: IdPool, depth: number, field: string): fc.Arbitrary<unknown> {
	const properties = schema.properties ?? {};
	if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
		const key = schema.propertyNames
			? stringFor(schema.propertyNames, ids, field)
			: stringFor({ format: 'uuid' }, ids, field);
		return fc.dictionary(key, fitting(schema.additionalProperties, ids, depth + 1), { maxKeys: 3 });
	}
	const record = Object.fromEntries(
		Object.entries(properties).map(([name, property]) => [name, fitting(property, ids, depth + 1, name)])
	);
	return fc.record(record, { requiredKeys: schema.required ?? [] });
}

type Path = (string | number)[];

/** Every path inside a JSON value, the root included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
	const paths: Path[] = [at];
	if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])));
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
	return paths;
}

function at(root: unknown, path: Path): unknown {
	return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], root);
}

function setAt(root: unknown, path: Path, make: (old: unknown) => unknown | undefined): unknown {
	if (path.length === 0) return make(root);
	const copy = structuredClone(root) as Record<string | number, unknown>;
	let target = copy;
	for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
	const last = path.at(-1)!;
	const next = make(target[last]);
	if (next === undefined) delete target[last];
	else target[last] = next;
	return copy;
}

export type Mutation = {
	kind: 'text' | 'hostile' | 'wrongType' | 'remove' | 'extra';
	pick: number;
	value: unknown;
	key: string;
};

/** Text PostgreSQL refuses, or that is not one: what a valid body's string field is swapped for. */
const unstorableText = fc.constantFrom(
	'\u0000',
	'Ale\u0000kommun',
	'\ud800',
	'Åmål \udfff',
	'😀\ud83d',
	'\u0000'.repeat(50)
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constantFrom('text', 'text', 'hostile', 'wrongType', 'remove', 'extra'),
	pick: fc.nat(),
	value: fc.oneof(hostileString, wrongType, unstorableText),
	key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'createdAt', 'role', '\u0000', '\ud800'), fc.string())
});

export function mutate(value: unknown, { kind, pick, value: replacement, key }: Mutation): unknown {
	if (kind === 'text') {
		// Only the text of a body that may otherwise be valid: the unstorable character reaches the use case.
		const texts = pathsOf(value).filter((path) => typeof at(value, path) === 'string');
		const path = texts[pick % Math.max(texts.length, 1)];
		const bad = typeof replacement === 'string' && !replacement.isWellFormed() ? replacement : `x\u0000${pick}`;
		return path ? setAt(value, path, (old) => `${String(old).slice(0, 10)}${bad}`) : value;
	}
	const paths = pathsOf(value);
	const path = paths[pick % paths.length]!;
	if (kind === 'remove') return path.length ? setAt(value, path, () => undefined) : value;
	if (kind === 'extra')
		return setAt(value, path, (old) =>
			old && typeof old === 'object' && !Array.isArray(old)
				? Object.defineProperty({ ...old }, key, { value: replacement, enumerable: true })
				: replacement
		);
	return setAt(value, path, () => replacement);
}
