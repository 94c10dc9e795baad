import { jsonb, timestamp } from 'drizzle-orm/pg-core';
import type { TranslatedText } from '$lib/i18n/translated';

/** A text people write, one entry per language (see $lib/i18n/translated). */
export const translated = (name: string) => jsonb(name).$type<TranslatedText>().notNull().default({});

export const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true })
		.notNull()
		.defaultNow()
		.$onUpdate(() => new Date())
};
