import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { optional, translatedText } from '$lib/server/validation';

/** A slug as it appears in addresses: lower-case letters, digits and single hyphens. */
export const slugInput = z
	.string()
	.trim()
	.max(80, { error: () => m.admin_slug_format() })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => m.admin_slug_format() });

/** A theme of partnerships and networks (gender equality, accessibility, …). A blank slug comes from the name. */
export const themeInput = z.object({
	slug: optional(slugInput),
	name: translatedText({ max: 200, required: true }),
	description: translatedText({ max: 5000 })
});

export type ThemeInput = z.input<typeof themeInput>;
