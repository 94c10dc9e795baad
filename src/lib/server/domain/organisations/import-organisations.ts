import { eq, inArray, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db, type Executor } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { toSlug } from '../slugs';
import { matchKey, parseOrganisationCsv, type CsvColumn, type CsvRow, type ImportRow } from './csv';

export type RowStatus = 'new' | 'update' | 'unchanged' | 'invalid';
export type PlannedRow = Omit<CsvRow, 'data'> & {
	status: RowStatus;
	/** The columns an update changes. */
	changes: CsvColumn[];
};
export type ImportPlan = {
	fileError: string | null;
	rows: PlannedRow[];
	counts: Record<RowStatus, number>;
};

type Existing = Pick<
	typeof organisations.$inferSelect,
	'id' | 'name' | 'kind' | 'countryCode' | 'subdivision' | 'population' | 'latitude' | 'longitude'
>;
type Step = { row: ImportRow; existing: Existing | null; changes: CsvColumn[] };

/**
 * What importing a CSV file of organisations would do, row by row, without writing anything: each row
 * is new, updates an organisation with the same name and country (any case), leaves one unchanged, or
 * is invalid with a message per field. Staff only (others get 404).
 */
export async function previewOrganisationImport(actor: Actor, input: { csv: string }): Promise<ImportPlan> {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	return (await plan(db(), input.csv)).plan;
}

/**
 * Imports a CSV file of organisations: all rows or none, in one transaction. The file is parsed and
 * checked again here, whatever a preview said. Any invalid row (or a file problem) refuses the whole
 * file with a `_form` error and writes nothing. A row matching an organisation (same name and country,
 * any case) updates the fields it gives and differ, or changes nothing; other rows create organisations.
 * So importing the same file twice changes nothing the second time. Blank optional fields keep what is
 * there. Records `organisation.created` / `organisation.updated` (reason "import") per organisation
 * written. Staff only (others get 404).
 */
export async function importOrganisations(actor: Actor, input: { csv: string }) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	return db().transaction(async (tx) => {
		// One import at a time, so that two imports of the same file cannot both create its organisations.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('glokal:organisation-import'))`);
		const { plan: result, steps } = await plan(tx, input.csv);
		if (result.fileError) throw AppError.invalid({ file: result.fileError }, result.fileError);
		if (result.counts.invalid > 0) {
			const message = m.admin_import_has_errors({ count: result.counts.invalid });
			throw AppError.invalid({ _form: message }, message);
		}
		const taken = new Set((await tx.select({ slug: organisations.slug }).from(organisations)).map((o) => o.slug));
		for (const step of steps) {
			if (step.existing === null) await create(tx, actor, step.row, taken);
			else if (step.changes.length > 0) await update(tx, actor, step.row, step.existing);
		}
		return { created: result.counts.new, updated: result.counts.update, unchanged: result.counts.unchanged };
	});
}

async function plan(executor: Executor, csv: string): Promise<{ plan: ImportPlan; steps: Step[] }> {
	const parsed = parseOrganisationCsv(typeof csv === 'string' ? csv : '');
	const counts: Record<RowStatus, number> = { new: 0, update: 0, unchanged: 0, invalid: 0 };
	if (parsed.fileError) return { plan: { fileError: parsed.fileError, rows: [], counts }, steps: [] };
	const existing = await findExisting(executor, parsed.rows);
	const steps: Step[] = [];
	const rows = parsed.rows.map(({ data, ...row }): PlannedRow => {
		if (!data) {
			counts.invalid++;
			return { ...row, status: 'invalid', changes: [] };
		}
		const matches = existing.get(matchKey(data.name, data.countryCode)) ?? [];
		if (matches.length > 1) {
			counts.invalid++;
			return {
				...row,
				errors: { _row: m.admin_import_ambiguous({ count: matches.length }) },
				status: 'invalid',
				changes: []
			};
		}
		const match = matches[0] ?? null;
		const changes = match ? changedColumns(data, match) : [];
		const status: RowStatus = !match ? 'new' : changes.length ? 'update' : 'unchanged';
		counts[status]++;
		steps.push({ row: data, existing: match, changes });
		return { ...row, status, changes };
	});
	return { plan: { fileError: null, rows, counts }, steps };
}

/**
 * Organisations matching the rows, by match key. Read by country and compared here: the database's
 * lower() may leave letters like Å alone (C collation), JavaScript's does not.
 */
async function findExisting(executor: Executor, rows: CsvRow[]): Promise<Map<string, Existing[]>> {
	const wanted = new Set(rows.flatMap((r) => (r.data ? [matchKey(r.data.name, r.data.countryCode)] : [])));
	const countries = [...new Set(rows.flatMap((r) => (r.data ? [r.data.countryCode] : [])))];
	const found = new Map<string, Existing[]>();
	if (countries.length === 0) return found;
	const candidates = await executor
		.select({
			id: organisations.id,
			name: organisations.name,
			kind: organisations.kind,
			countryCode: organisations.countryCode,
			subdivision: organisations.subdivision,
			population: organisations.population,
			latitude: organisations.latitude,
			longitude: organisations.longitude
		})
		.from(organisations)
		.where(inArray(organisations.countryCode, countries));
	for (const organisation of candidates) {
		const key = matchKey(organisation.name, organisation.countryCode);
		if (wanted.has(key)) found.set(key, [...(found.get(key) ?? []), organisation]);
	}
	return found;
}

/** The given fields that differ from the organisation's; blank fields are not given. */
function changedColumns(row: ImportRow, existing: Existing): CsvColumn[] {
	const changes: CsvColumn[] = [];
	if (row.kind !== existing.kind) changes.push('kind');
	if (row.subdivision !== undefined && row.subdivision !== existing.subdivision) changes.push('subdivision');
	if (row.population !== undefined && row.population !== existing.population) changes.push('population');
	if (row.latitude !== undefined && row.latitude !== existing.latitude) changes.push('latitude');
	if (row.longitude !== undefined && row.longitude !== existing.longitude) changes.push('longitude');
	return changes;
}

async function create(executor: Executor, actor: Actor, row: ImportRow, taken: Set<string>) {
	const base = toSlug(row.name);
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	taken.add(slug);
	const [created] = await executor
		.insert(organisations)
		.values({
			slug,
			name: row.name,
			kind: row.kind,
			countryCode: row.countryCode,
			subdivision: row.subdivision ?? null,
			population: row.population ?? null,
			latitude: row.latitude ?? null,
			longitude: row.longitude ?? null
		})
		.returning();
	await recordAudit(executor, actor, {
		action: 'organisation.created',
		subjectType: 'organisation',
		subjectId: created!.id,
		organisationIds: [created!.id],
		after: created,
		reason: 'import'
	});
}

async function update(executor: Executor, actor: Actor, row: ImportRow, existing: Existing) {
	const [before] = await executor.select().from(organisations).where(eq(organisations.id, existing.id)).for('update');
	const [after] = await executor
		.update(organisations)
		.set({
			kind: row.kind,
			subdivision: row.subdivision ?? existing.subdivision,
			population: row.population ?? existing.population,
			latitude: row.latitude ?? existing.latitude,
			longitude: row.longitude ?? existing.longitude
		})
		.where(eq(organisations.id, existing.id))
		.returning();
	await recordAudit(executor, actor, {
		action: 'organisation.updated',
		subjectType: 'organisation',
		subjectId: existing.id,
		organisationIds: [existing.id],
		before,
		after,
		reason: 'import'
	});
}
