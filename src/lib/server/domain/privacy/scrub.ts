import { sql } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { rowsOf } from '../matchmaking/concepts';

// Free text and recorded values can name a person anywhere in them (an answer signed with a name, an
// audit record of a steering member's row, a note). Erasure replaces each whole-word occurrence of their
// name and e-mail address in the places listed here (see data-map.ts) with their pseudonym.

/** The tables and columns where other records may quote a person. */
export const quotingColumns: { table: string; key: string; columns: { name: string; json: boolean }[] }[] = [
	{
		table: 'audit_events',
		key: 'id',
		columns: [
			{ name: 'before', json: true },
			{ name: 'after', json: true },
			{ name: 'reason', json: false }
		]
	},
	{
		table: 'expressions_of_interest',
		key: 'id',
		columns: [
			{ name: 'answers', json: true },
			{ name: 'challenge', json: true }
		]
	},
	{ table: 'expression_notes', key: 'id', columns: [{ name: 'body', json: false }] },
	{ table: 'expression_reviews', key: 'id', columns: [{ name: 'scores', json: true }] },
	{ table: 'expression_status_changes', key: 'id', columns: [{ name: 'reason', json: false }] },
	{ table: 'partnership_phase_changes', key: 'id', columns: [{ name: 'reason', json: false }] }
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for any of `needles` as whole words, ignoring case; null when there is nothing to look for. */
export function needlePattern(needles: string[]): RegExp | null {
	const usable = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= 3))];
	if (usable.length === 0) return null;
	// Longest first, so that "anna.berg@example.org" is replaced whole rather than around "Anna Berg".
	const alternatives = usable.sort((a, b) => b.length - a.length).map(escapeRegExp);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** `value` with every match of `pattern` in its strings (and object keys' values, deeply) replaced. */
export function scrubValue(value: unknown, pattern: RegExp, replacement: string): unknown {
	if (typeof value === 'string') return value.replace(pattern, replacement);
	if (Array.isArray(value)) return value.map((v) => scrubValue(v, pattern, replacement));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, pattern, replacement)]));
	return value;
}

/** Replaces the person's name and e-mail in every quoting column; returns how many rows changed. */
export async function scrubQuotes(tx: Executor, needles: string[], replacement: string): Promise<number> {
	const pattern = needlePattern(needles);
	if (!pattern) return 0;
	const likes = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= 3))].map(
		(n) => `%${n.replace(/[\\%_]/g, '\\$&')}%`
	);
	let changed = 0;
	for (const { table, key, columns } of quotingColumns) {
		// Recorded values come back as text on both drivers, so that each is parsed the same way.
		const names = columns.map((c) => sql`${sql.identifier(c.name)}::text as ${sql.identifier(c.name)}`);
		const anyColumn = sql.join(
			columns.map(
				(c) =>
					sql`${sql.identifier(c.name)}::text ilike any(${sql`array[${sql.join(
						likes.map((l) => sql`${l}`),
						sql`, `
					)}]`})`
			),
			sql` or `
		);
		const rows = (await tx.execute(
			sql`select ${sql.identifier(key)}::text as key, ${sql.join(names, sql`, `)} from ${sql.identifier(table)} where ${anyColumn} for update`
		)) as unknown;
		for (const row of rowsOf<Record<string, unknown>>(rows)) {
			const sets = columns.map((c) => {
				const raw = row[c.name];
				const parsed = c.json && typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
				const clean = scrubValue(parsed, pattern, replacement);
				return c.json
					? sql`${sql.identifier(c.name)} = ${clean === null || clean === undefined ? null : JSON.stringify(clean)}::jsonb`
					: sql`${sql.identifier(c.name)} = ${clean ?? null}`;
			});
			await tx.execute(
				sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)} where ${sql.identifier(key)}::text = ${row.key}`
			);
			changed++;
		}
	}
	return changed;
}
