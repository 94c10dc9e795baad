import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One fixed-window counter per key (e.g. `answer:address:203.0.113.9`), shared by every server process
 * (domain/security/rate-limit.ts). A row whose window has ended counts from zero again on its next hit.
 */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	hits: integer('hits').notNull(),
	windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull()
});
