import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import type { TranslatedText } from '$lib/i18n/translated';
import { vocabulary, type VocabularyLanguage } from './vocabulary';

// Which vocabulary concepts a challenge speaks of, whatever language it is written in: each language's
// text is searched with that language's PostgreSQL stemmer for each term of the same language, as a
// phrase (phraseto_tsquery), so "våld i nära relationer", "domestic violence" and "violencia
// intrafamiliar" all give `domestic_violence`. Stored per row with the vocabulary's version, and
// recomputed when the version is null (the challenge changed) or the vocabulary changed.

/**
 * A hash of the vocabulary's keys and terms (what extraction depends on; labels are left out, so
 * rewording one recomputes nothing): a row whose `concepts_version` differs is recomputed.
 */
export const CONCEPTS_VERSION = createHash('sha256')
	.update(JSON.stringify(vocabulary.map(({ key, terms }) => ({ key, terms }))))
	.digest('hex')
	.slice(0, 16);

const configs: Record<VocabularyLanguage, string> = { sv: 'swedish', en: 'english', es: 'spanish' };
const languages = Object.keys(configs) as VocabularyLanguage[];

/** The vocabulary as rows (key, lang, config, term), sent as one JSON parameter. */
const vocabularyRows = JSON.stringify(
	vocabulary.flatMap((concept) =>
		languages.flatMap((lang) =>
			concept.terms[lang].map((term) => ({ key: concept.key, lang, cfg: configs[lang], term }))
		)
	)
);

/** The languages with their configs, as a values list. */
const languageRows = sql.raw(languages.map((lang) => `('${lang}', '${configs[lang]}'::regconfig)`).join(', '));

/** The vocabulary's terms, each compiled once into a phrase query of its language. */
const termsCte = sql`terms as materialized (
	select v.key, v.lang, phraseto_tsquery(v.cfg::regconfig, v.term) as query
	from json_to_recordset(${vocabularyRows}::json) as v(key text, lang text, cfg text, term text)
)`;

export function rowsOf<T>(result: unknown): T[] {
	return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/** The sorted concept keys found in a translated text (one query; no text gives none). */
export async function extractConcepts(executor: Executor, text: TranslatedText | null | undefined): Promise<string[]> {
	const texts = languages.filter((lang) => text?.[lang]?.trim());
	if (!texts.length) return [];
	const documents = JSON.stringify(texts.map((lang) => ({ lang, body: text![lang] })));
	const result = await executor.execute(sql`with ${termsCte},
		languages(lang, cfg) as (values ${languageRows}),
		documents as materialized (
			select d.lang, to_tsvector(l.cfg, d.body) as vector
			from json_to_recordset(${documents}::json) as d(lang text, body text) join languages l on l.lang = d.lang
		)
		select distinct t.key from documents d join terms t on t.lang = d.lang
		where d.vector @@ t.query order by t.key`);
	return rowsOf<{ key: string }>(result).map((row) => row.key);
}

/**
 * The concepts recognised in a row's challenge as matchmaking reads them: the stored ones while they are
 * current, else read from the text now without storing them (a page view or an API read writes nothing).
 */
export async function currentConcepts(
	executor: Executor,
	row: { challenge: TranslatedText; concepts: readonly string[]; conceptsVersion: string | null }
): Promise<string[]> {
	return row.conceptsVersion === CONCEPTS_VERSION ? [...row.concepts] : extractConcepts(executor, row.challenge);
}

type Only = { expressionId?: string; profileId?: string };

/**
 * Recomputes `concepts` and `concepts_version` of the call's expressions of interest and partner
 * profiles whose version is null or not the current one, in one set-based update per table (each
 * row's texts are made into vectors once and matched against every term). `only` limits it to one
 * expression and/or one profile (scoring a single pair inside a transaction locks no other rows).
 * Returns how many rows were recomputed.
 */
export async function refreshStaleConcepts(executor: Executor, callId: string, only: Only = {}): Promise<number> {
	const limited = only.expressionId !== undefined || only.profileId !== undefined;
	const isStale = (table: SQL, id: string | undefined) =>
		sql`exists (select 1 from ${table} r where r.call_id = ${callId} ${id ? sql`and r.id = ${id}` : sql``}
			and (r.concepts_version is null or r.concepts_version <> ${CONCEPTS_VERSION}))`;
	const wanted = {
		expressions: !limited || only.expressionId !== undefined,
		profiles: !limited || only.profileId !== undefined
	};
	// Usually nothing is stale: one cheap look first, so the vocabulary is compiled only when needed.
	const [stale] = rowsOf<{ expressions: boolean; profiles: boolean }>(
		await executor.execute(sql`select
			${wanted.expressions ? isStale(sql`expressions_of_interest`, only.expressionId) : sql`false`} as expressions,
			${wanted.profiles ? isStale(sql`partner_profiles`, only.profileId) : sql`false`} as profiles`)
	);
	let refreshed = 0;
	if (stale?.expressions)
		refreshed += await refreshTable(executor, sql`expressions_of_interest`, callId, only.expressionId);
	if (stale?.profiles) refreshed += await refreshTable(executor, sql`partner_profiles`, callId, only.profileId);
	return refreshed;
}

async function refreshTable(executor: Executor, table: SQL, callId: string, id: string | undefined): Promise<number> {
	const onlyId = id ? sql`and r.id = ${id}` : sql``;
	const result = await executor.execute(sql`with ${termsCte},
		languages(lang, cfg) as (values ${languageRows}),
		stale as materialized (
			select r.id, r.challenge from ${table} r
			where r.call_id = ${callId} ${onlyId}
				and (r.concepts_version is null or r.concepts_version <> ${CONCEPTS_VERSION})
		),
		documents as materialized (
			select s.id, l.lang, to_tsvector(l.cfg, s.challenge ->> l.lang) as vector
			from stale s cross join languages l
			where coalesce(btrim(s.challenge ->> l.lang), '') <> ''
		),
		found as (
			select s.id, coalesce(array_agg(distinct t.key order by t.key) filter (where t.key is not null), '{}') as keys
			from stale s
			left join documents d on d.id = s.id
			left join terms t on t.lang = d.lang and d.vector @@ t.query
			group by s.id
		)
		update ${table} r set concepts = found.keys, concepts_version = ${CONCEPTS_VERSION}
		from found where r.id = found.id
		returning r.id`);
	return rowsOf<{ id: string }>(result).length;
}
