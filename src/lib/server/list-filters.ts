import type { z } from 'zod';

/**
 * A public list's filters from its address (`?country=se&page=2`), read with the list's own schema:
 * only the named parameters are read (the page size is ours, not the address's). A filter that is
 * malformed, or names something we do not have (`known` says which values exist), makes the whole
 * filter unusable: the page then says so and shows everything from page 1 instead of an error.
 * `selected` is what the filter form shows as chosen: each named filter's value, or '' for "any".
 */
export function listFilters<T extends { page: number }, N extends keyof T & string>(
	url: URL,
	schema: z.ZodType<T>,
	names: readonly N[],
	known: { [K in keyof T]?: (value: NonNullable<T[K]>) => boolean } = {}
): { filters: Partial<T> & { page: number }; invalidFilter: boolean; selected: Record<N, string> } {
	const input = Object.fromEntries([...names, 'page'].map((name) => [name, url.searchParams.get(name) ?? undefined]));
	const parsed = schema.safeParse(input);
	const usable =
		parsed.success &&
		Object.entries(known).every(([name, exists]) => {
			const value = parsed.data[name as keyof T];
			return value === undefined || value === null || value === '' || (exists as (v: unknown) => boolean)(value);
		});
	const filters = usable && parsed.success ? parsed.data : ({ page: 1 } as Partial<T> & { page: number });
	const selected = Object.fromEntries(names.map((name) => [name, String(filters[name] ?? '')])) as Record<N, string>;
	return { filters, invalidFilter: !usable, selected };
}
