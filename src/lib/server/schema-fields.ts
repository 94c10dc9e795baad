import type { z } from 'zod';
import type { SchemaField } from '$lib/components/forms/schema-fields';

type Def = { type: string; [key: string]: unknown };
type Node = z.core.$ZodType;

const defOf = (schema: Node) => schema._zod.def as unknown as Def;
// The checks' own definitions: a schema's `bag` is only filled once it has parsed something.
const checksOf = (def: Def) => ((def.checks ?? []) as Node[]).map((check) => defOf(check));

/**
 * The fields of an object schema as a form lays them out (SchemaFields.svelte), in the order of `names`:
 * each one's kind, whether it may be left out, its length and its enum's values. A page's load passes them
 * to the page, which adds the labels. Only the shapes the forms use are read: strings, numbers (also
 * `localNumber`'s preprocessed ones), enums, booleans, arrays of those, and translated `{ sv, en, es }` texts;
 * anything else is a mistake in the form and throws while the page is written, not for a user.
 */
export function schemaFields<S extends z.core.$ZodObject, K extends keyof S['_zod']['def']['shape'] & string>(
	schema: S,
	names: readonly K[]
): SchemaField<K>[] {
	const shape = schema._zod.def.shape;
	return names.map((name) => describe(name, shape[name]!));
}

function describe<K extends string>(name: K, schema: Node): SchemaField<K> {
	let node = schema;
	let required = true;
	// Wrappers: optional and default ones mean the field may be left blank; pipes are preprocessing
	// (`optional`, `localNumber`: read what comes out) or a transform after the value (read what goes in).
	for (;;) {
		const def = defOf(node);
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false;
		if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type))
			node = def.innerType as Node;
		else if (def.type === 'pipe') {
			const from = def.in as Node;
			node = defOf(from).type === 'transform' ? (def.out as Node) : from;
		} else break;
	}
	const def = defOf(node);
	if (def.type === 'array') return { ...leaf(name, def.element as Node), required, multiple: true };
	return { ...leaf(name, node), required };
}

function leaf<K extends string>(name: K, node: Node): SchemaField<K> {
	let def = defOf(node);
	while (def.type === 'pipe') {
		const from = def.in as Node;
		node = defOf(from).type === 'transform' ? (def.out as Node) : from;
		def = defOf(node);
	}
	const checks = checksOf(def);
	switch (def.type) {
		case 'string': {
			const format = def.format === 'email' || def.format === 'url' ? def.format : undefined;
			const maxlength = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined;
			return { name, kind: 'text', required: true, maxlength, format };
		}
		case 'number': {
			const whole = checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
			return { name, kind: 'number', required: true, whole };
		}
		case 'enum':
			return { name, kind: 'choice', required: true, values: Object.values(def.entries as Record<string, string>) };
		case 'boolean':
			return { name, kind: 'boolean', required: false };
		case 'object': {
			const shape = def.shape as Record<string, Node>;
			if (!('sv' in shape && 'en' in shape && 'es' in shape)) break;
			return { name, kind: 'translated', required: true, maxlength: describe(name, shape.sv).maxlength };
		}
	}
	throw new Error(`schemaFields: "${name}" is a ${def.type}, which no form field shows`);
}
