import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '$lib/server/db/schema';
import { personalDataMap, presentDataMap } from './data-map';
import { keptList } from './kept';
import { defaultRetention } from './settings';

// A table that holds a person (an e-mail, an account, an address or a pending registration) must be in
// the personal-data map, so that the privacy page, the export, erasure and retention know of it.

const personal = /^(email|user_id|.+_user_id|ip_address|registration|email_hash)$/;

const tables = (Object.values(schema) as unknown[])
	.filter((value): value is PgTable => is(value, PgTable))
	.map((table) => getTableConfig(table));

describe('the personal-data map', () => {
	it('lists every table that holds a person', () => {
		const mapped = new Set(personalDataMap.flatMap((c) => c.tables as readonly string[]));
		const holding = tables.filter((t) => t.columns.some((c) => personal.test(c.name))).map((t) => t.name);
		expect(holding.length).toBeGreaterThan(10);
		expect(holding.filter((name) => !mapped.has(name))).toEqual([]);
	});

	it('names only tables that exist', () => {
		const names = new Set(tables.map((t) => t.name));
		const unknown = personalDataMap
			.flatMap((c) => c.tables as readonly string[])
			.filter((name) => !name.includes('/') && !names.has(name));
		expect(unknown).toEqual([]);
	});

	it('says what, why, who and how long for every category, with the retention periods', () => {
		const rows = presentDataMap({ ...defaultRetention, signInEventDays: 123 });
		for (const row of rows)
			for (const text of [row.what, row.why, row.who, row.kept]) expect(text.length).toBeGreaterThan(5);
		expect(rows.find((r) => r.key === 'security')!.kept).toContain('123');
		expect(keptList().map((k) => k.key)).toEqual(['audit_trail', 'call_answers', 'group_seats', 'reports_payments']);
	});
});
