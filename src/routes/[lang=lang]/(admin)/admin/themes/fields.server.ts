import { themeInput } from '$lib/server/domain/themes/schemas';
import { schemaFields } from '$lib/server/schema-fields';

/** The theme form's fields, in the order it shows them. */
export const themeFields = schemaFields(themeInput, ['name', 'slug', 'description']);
