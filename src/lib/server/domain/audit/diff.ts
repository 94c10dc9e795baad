import { locales, type Locale } from '$lib/i18n/locales';

// What an audit event changed, field by field, from the records it kept before and after the change.
// Pure: the history page localises field names and values (present.ts).

/** A value as it can be shown: nothing, a scalar, or a list of scalars. */
export type DiffValue = null | string | number | boolean | (string | number | boolean)[];

export type FieldChange = {
	/** Where the field sits: ['title'], or ['parties', 'Piteå kommun', 'mutualBenefit'] inside a list. */
	path: string[];
	/** For a text written per language: which language changed. */
	language?: Locale;
	before: DiffValue;
	after: DiffValue;
};

/** Bookkeeping that says nothing to a reader: timestamps, identifiers, secrets' hashes, versions. */
const bookkeeping = new Set([
	'id',
	'createdAt',
	'updatedAt',
	'lastUsedAt',
	'tokenHash',
	'verificationTokenHash',
	'verificationExpiresAt',
	'registration',
	'conceptsVersion'
]);

export function isIgnoredKey(key: string): boolean {
	return bookkeeping.has(key) || /[a-z](Id|Ids)$/.test(key);
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ sv, en, es }` with at least one of them (an empty object is simply empty). */
function isTranslated(value: unknown): value is Partial<Record<Locale, string>> {
	if (!isPlain(value)) return false;
	const entries = Object.entries(value);
	return (
		entries.length > 0 &&
		entries.every(
			([key, text]) => (locales as readonly string[]).includes(key) && (typeof text === 'string' || text == null)
		)
	);
}

/** Nothing, however it was stored: null, undefined, blank text, an empty list or object. */
function isEmpty(value: unknown): boolean {
	if (value == null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (isPlain(value)) return Object.values(value).every(isEmpty);
	return false;
}

function same(a: unknown, b: unknown): boolean {
	if (isEmpty(a) && isEmpty(b)) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
	if (isPlain(a) && isPlain(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !isIgnoredKey(k)));
		return [...keys].every((k) => same(a[k], b[k]));
	}
	return a === b;
}

const scalar = (value: unknown): value is string | number | boolean =>
	typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** An object in a list, told by its name (or slug, or title in any language), else by its place. */
function itemLabel(item: unknown, index: number): string {
	if (isPlain(item)) {
		for (const key of ['name', 'slug', 'code']) if (typeof item[key] === 'string' && item[key]) return item[key];
		if (isTranslated(item.title)) {
			const text = Object.values(item.title).find((t) => t?.trim());
			if (text) return text;
		}
	}
	return String(index + 1);
}

/** What an item of a list is matched by across before and after: its id, else its label. */
function itemKey(item: unknown, index: number): string {
	if (isPlain(item)) {
		const id = Object.entries(item).find(([key, value]) => (key === 'id' || key.endsWith('Id')) && scalar(value));
		if (id) return `${id[0]}:${String(id[1])}`;
	}
	return `label:${itemLabel(item, index)}`;
}

/** A value as one shown value: objects are summed up by their label, lists of scalars stay lists. */
function shown(value: unknown): DiffValue {
	if (isEmpty(value)) return null;
	if (scalar(value)) return value;
	if (Array.isArray(value)) return value.map((item, i) => (scalar(item) ? item : itemLabel(item, i)));
	if (isTranslated(value)) return Object.values(value).find((t) => t?.trim()) ?? null;
	return itemLabel(value, 0);
}

function diffValues(path: string[], before: unknown, after: unknown, out: FieldChange[]): void {
	if (same(before, after)) return;
	if ((isTranslated(before) || isEmpty(before)) && (isTranslated(after) || isEmpty(after))) {
		const b = (isTranslated(before) ? before : {}) as Partial<Record<Locale, string>>;
		const a = (isTranslated(after) ? after : {}) as Partial<Record<Locale, string>>;
		if (isTranslated(before) || isTranslated(after)) {
			for (const language of locales)
				if (!same(b[language], a[language]))
					out.push({ path, language, before: shown(b[language]), after: shown(a[language]) });
			return;
		}
	}
	if ((isPlain(before) || isEmpty(before)) && (isPlain(after) || isEmpty(after))) {
		diffObjects(path, isPlain(before) ? before : {}, isPlain(after) ? after : {}, out);
		return;
	}
	const objects = (v: unknown) => Array.isArray(v) && v.some(isPlain);
	if ((objects(before) || objects(after)) && (Array.isArray(before) || isEmpty(before))) {
		diffLists(path, (before as unknown[] | null) ?? [], Array.isArray(after) ? after : [], out);
		return;
	}
	out.push({ path, before: shown(before), after: shown(after) });
}

function diffObjects(path: string[], before: Plain, after: Plain, out: FieldChange[]): void {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !isIgnoredKey(key));
	for (const key of keys) diffValues([...path, key], before[key], after[key], out);
}

/** Lists of records (e.g. a plan's parties): matched item by item, each change under the item's label. */
function diffLists(path: string[], before: unknown[], after: unknown[], out: FieldChange[]): void {
	const earlier = new Map(before.map((item, i) => [itemKey(item, i), item]));
	const seen = new Set<string>();
	after.forEach((item, i) => {
		const key = itemKey(item, i);
		seen.add(key);
		const previous = earlier.get(key);
		if (previous === undefined) out.push({ path, before: null, after: itemLabel(item, i) });
		else diffValues([...path, itemLabel(item, i)], previous, item, out);
	});
	before.forEach((item, i) => {
		if (!seen.has(itemKey(item, i))) out.push({ path, before: itemLabel(item, i), after: null });
	});
}

/**
 * The fields an audit event changed, in the order of the records' keys. Only changed keys; timestamps and
 * identifiers are left out; a text written per language gives one change per language that changed; a
 * created record (no before) shows every field it was given, a removed one (no after) every field it had.
 */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
	const out: FieldChange[] = [];
	if (isPlain(before) || isPlain(after) || (isEmpty(before) && isEmpty(after)))
		diffObjects([], isPlain(before) ? before : {}, isPlain(after) ? after : {}, out);
	else diffValues([], before, after, out);
	return out;
}
