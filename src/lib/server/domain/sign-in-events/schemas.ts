import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { signInEventKinds } from '$lib/server/db/schema';
import { optional } from '$lib/server/validation';

/** Staff's search of sign-in events, from the address (`?who=&kind=&from=&to=`). */
export const signInSearchQuery = z
	.object({
		/** Part of a person's name or e-mail, or a whole address that has no account (matched by its hash). */
		who: optional(
			z
				.string()
				.trim()
				.max(254, { error: () => m.security_events_error_who() })
		),
		kind: optional(z.enum(signInEventKinds, { error: () => m.security_events_error_kind() })),
		from: optional(z.iso.date({ error: () => m.audit_error_date() })),
		to: optional(z.iso.date({ error: () => m.audit_error_date() }))
	})
	.refine((f) => !f.from || !f.to || f.to >= f.from, { path: ['to'], error: () => m.audit_error_range() });

export function signInFiltersFromUrl(params: URLSearchParams): Record<string, string> {
	const filters: Record<string, string> = {};
	for (const key of ['who', 'kind', 'from', 'to']) if (params.has(key)) filters[key] = params.get(key)!;
	return filters;
}
