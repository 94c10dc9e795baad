import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { callKinds, organisationKinds } from '$lib/server/db/schema';

/** The kinds of call; routes take the list from here, not from the database schema. */
export { callKinds };
import { optional, translatedText, wholeNumber } from '$lib/server/validation';
import { parseInstant } from '$lib/time';
import { countryCode } from '../countries/schemas';

/**
 * Forms send a list of rows as `questions.0.label.sv`, which formInput nests into an object keyed
 * "0", "1", …: read such an object as the list in the order of its keys.
 */
function numberedToList(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	const entries = Object.entries(value);
	if (!entries.every(([key]) => /^\d+$/.test(key))) return value;
	return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item);
}

/** A checkbox ("on"), a JSON boolean, or a word for one; anything else is false. */
const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

const itemId = optional(
	z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9_-]{1,40}$/, { error: () => m.calls_error_item_id() })
);

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A short id for a new requirement, question or criterion: 8 random letters and digits. */
export function newItemId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * A list of items that answers and scores point at by id: the ids given are kept, new items get a new
 * one, and an id used twice is refused (on the second item's `id`).
 */
function itemList<T extends z.ZodObject>(item: T, max: number) {
	return z.preprocess(
		numberedToList,
		z
			.array(item)
			.max(max, { error: () => m.calls_error_too_many_items({ max }) })
			.superRefine((items, ctx) => {
				const seen = new Set<string>();
				items.forEach((it, index) => {
					const id = (it as { id?: string }).id;
					if (id === undefined) return;
					if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: m.calls_error_item_id() });
					seen.add(id);
				});
			})
			.transform((items) =>
				items.map((it) => ({ ...it, id: (it as { id?: string }).id ?? newItemId() }) as z.output<T> & { id: string })
			)
	);
}

const requirement = z.object({ id: itemId, text: translatedText({ max: 1000, required: true }) });
const question = z.object({
	id: itemId,
	label: translatedText({ max: 500, required: true }),
	help: translatedText({ max: 2000 }),
	required: flag,
	long: flag
});
const criterion = z.object({ id: itemId, label: translatedText({ max: 300, required: true }) });

/** An instant: ISO 8601 with an offset (API), or a `datetime-local` value on the programme's clock (forms). */
const instant = z
	.string({ error: () => m.calls_error_datetime_required() })
	.trim()
	.min(1, { error: () => m.calls_error_datetime_required() })
	.transform((value, ctx) => {
		const at = parseInstant(value);
		if (at) return at;
		ctx.addIssue({ code: 'custom', message: m.calls_error_datetime_invalid() });
		return z.NEVER;
	});

const slug = optional(
	z
		.string()
		.trim()
		.max(80, { error: () => m.admin_slug_format() })
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => m.admin_slug_format() })
);

const fields = {
	programmeId: z.uuid({ error: () => m.validation_choose_programme() }),
	kind: z.enum(callKinds, { error: () => m.validation_unknown_choice() }),
	title: translatedText({ max: 200, required: true }),
	body: translatedText({ max: 20_000 }).unwrap(),
	opensAt: instant,
	closesAt: instant,
	eligibleCountryCodes: z
		.array(countryCode)
		.max(250)
		.transform((codes) => [...new Set(codes)]),
	eligibleOrganisationKinds: z
		.array(z.enum(organisationKinds, { error: () => m.validation_unknown_choice() }))
		.max(organisationKinds.length)
		.transform((kinds) => [...new Set(kinds)]),
	requirements: itemList(requirement, 20),
	questions: itemList(question, 30),
	criteria: itemList(criterion, 10)
};

const closesAfterOpening = { path: ['closesAt'], error: () => m.calls_error_closes_before_opens() };

/**
 * A new call. Lists left out are empty (an empty eligibility list means "anyone"); the slug is made
 * from the title when not given.
 */
export const callInput = z
	.object({
		...fields,
		networkId: optional(z.uuid({ error: () => m.validation_choose_network() })),
		body: fields.body.default({}),
		eligibleCountryCodes: fields.eligibleCountryCodes.default([]),
		eligibleOrganisationKinds: fields.eligibleOrganisationKinds.default([]),
		requirements: fields.requirements.default([]),
		questions: fields.questions.default([]),
		criteria: fields.criteria.default([]),
		slug
	})
	.refine((c) => c.closesAt > c.opensAt, closesAfterOpening);

export type CallInput = z.input<typeof callInput>;

/**
 * A change to a call (PATCH semantics): a field left out stays as it is, a list sent replaces the
 * list (items keep the ids they are sent with, so answers and scores keep pointing at them), and an
 * empty or null network clears it. The dates are checked in order against the stored ones.
 */
export const callUpdateInput = z.object({
	programmeId: fields.programmeId.optional(),
	networkId: z
		.union([z.uuid({ error: () => m.validation_choose_network() }), z.null(), z.literal('').transform(() => null)], {
			error: () => m.validation_choose_network()
		})
		.optional(),
	kind: fields.kind.optional(),
	title: fields.title.optional(),
	body: fields.body.optional(),
	opensAt: fields.opensAt.optional(),
	closesAt: fields.closesAt.optional(),
	eligibleCountryCodes: fields.eligibleCountryCodes.optional(),
	eligibleOrganisationKinds: fields.eligibleOrganisationKinds.optional(),
	requirements: fields.requirements.optional(),
	questions: fields.questions.optional(),
	criteria: fields.criteria.optional(),
	slug
});

export type CallUpdateInput = z.input<typeof callUpdateInput>;

/** Query parameters of the public list and of GET /api/v1/calls. */
export const callListQuery = z.object({
	kind: optional(z.enum(callKinds, { error: () => m.validation_unknown_choice() })),
	page: wholeNumber({ min: 1, max: 10_000, fallback: 1 }),
	limit: wholeNumber({ min: 1, max: 100, fallback: 20 })
});

export type CallListQuery = z.output<typeof callListQuery>;
