import type { FieldText } from '$lib/components/forms/schema-fields';
import { m } from '$lib/paraglide/messages';

// Fields that several staff forms share, said once.

/** The address part of a record: made from its name when left blank. */
export const slugText = (): FieldText => ({
	label: m.admin_field_slug(),
	hint: m.admin_slug_hint(),
	input: { spellcheck: false }
});
