import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { zonedLocalToInstant } from '$lib/time';
import { optional } from '$lib/server/validation';

// A start and an end, typed as dates ("2027-02-15") or as wall-clock times in a zone
// ("2027-02-15T17:00", a datetime-local value), with one rule: the end is not before the start.

const isoDate = z.iso.date({ error: () => m.validation_date() });

/** A datetime-local value read on the clock of `timeZone`, as the instant it names. */
export function zonedDateTime(timeZone: string) {
	return z.string({ error: () => m.validation_datetime() }).transform((text, ctx) => {
		const at = zonedLocalToInstant(text.trim(), timeZone);
		if (!at) {
			ctx.addIssue({ code: 'custom', message: m.validation_datetime() });
			return z.NEVER;
		}
		return at;
	});
}

/**
 * The refinement every range shares: when both ends are given the end is not before the start, said
 * at `end` in the reader's language. Dates compare as ISO strings, instants by time.
 */
export function endNotBeforeStart<K extends string>(start: K, end: K) {
	return (value: Partial<Record<K, string | Date | null | undefined>>, ctx: z.core.$RefinementCtx) => {
		const from = value[start];
		const to = value[end];
		if (from == null || to == null) return;
		const ordered = from instanceof Date && to instanceof Date ? to.getTime() >= from.getTime() : to >= from;
		if (!ordered) ctx.addIssue({ code: 'custom', path: [end], message: m.validation_end_date_before_start() });
	};
}

type RangeOptions<K extends string> = {
	start: K;
	end: K;
	/** Wall-clock times in this zone (datetime-local inputs) rather than dates. */
	timeZone?: string;
	/** Both ends must be given. */
	required?: boolean;
};

/**
 * A date range as one zod object `{ [start], [end] }`: dates, or instants when `timeZone` is given.
 * Blank ends are "not given" unless `required`.
 */
export function dateRangeInput<K extends string>({ start, end, timeZone, required = false }: RangeOptions<K>) {
	const point = timeZone ? zonedDateTime(timeZone) : isoDate;
	const field = required ? point : optional(point);
	return z
		.object({ [start]: field, [end]: field } as Record<K, typeof field>)
		.superRefine(endNotBeforeStart(start, end) as (value: unknown, ctx: z.core.$RefinementCtx) => void);
}
