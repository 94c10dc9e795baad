import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { log } from '../log';
import { pgliteDb } from './pglite-db';
import { schedules, type Schedule } from './schedules';

// Daily jobs: nobody waits for them, so workers look for work rarely and leave the database alone.
const POLL_SECONDS = 30;
// A job that finds its schedule overdue at start runs this much later: a server started for a moment
// (a test, a one-off seed) never pays for it, one that stays up does.
const CATCH_UP_SECONDS = 15 * 60;

export type JobRunner = {
	/** Runs a scheduled job now, through its queue, and answers how it ended. */
	runNow(name: string): Promise<'completed' | 'failed'>;
	stop(): Promise<void>;
};

/**
 * Starts pg-boss on the app's database (its own schema `pgboss`, made and migrated by pg-boss on the
 * first start) and the schedules of jobs/schedules.ts that apply to this server. On PostgreSQL pg-boss
 * keeps a small pool of its own; several processes share the schedules and each run happens once. On
 * PGlite it runs through the app's one connection. Each run's outcome is logged; a failed run is retried
 * by pg-boss (twice) and logged each time.
 */
export async function startJobs(cfg: Config, database: Database, pollSeconds = POLL_SECONDS): Promise<JobRunner> {
	const options = {
		schema: 'pgboss',
		pollingIntervalSeconds: pollSeconds,
		...(database.kind === 'pglite'
			? { db: pgliteDb(database.client as PGlite) }
			: { connectionString: (cfg.database as { url: string }).url, max: 2, application_name: 'glokal-jobs' })
	};
	const boss = new PgBoss(options);
	boss.on('error', (err) => log.error({ err }, 'job runner error'));
	await boss.start();
	const wanted = schedules.filter((s) => s.enabled(cfg));
	for (const schedule of wanted) await register(boss, schedule, cfg, database, pollSeconds);
	for (const old of await boss.getSchedules())
		if (!wanted.some((s) => s.name === old.name)) await boss.unschedule(old.name);
	log.info({ jobs: wanted.map((s) => s.name) }, 'job runner started');
	return {
		async runNow(name) {
			const id = await boss.send(name, {}, { retryLimit: 0 });
			if (!id) throw new Error(`no job ${name}`);
			for (;;) {
				const job = await boss.getJobById(name, id);
				if (job?.state === 'completed') return 'completed';
				if (job?.state === 'failed') return 'failed';
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		},
		// Waits for a running job (at most 10 s) so that the database is closed after it, never under it.
		stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000, close: database.kind === 'postgres' })
	};
}

async function register(
	boss: PgBoss,
	schedule: Schedule,
	cfg: Config,
	database: Database,
	pollSeconds: number
): Promise<void> {
	await boss.createQueue(schedule.name, { name: schedule.name, retryLimit: 2, retryDelay: 60 });
	await boss.schedule(schedule.name, schedule.cron, {}, { tz: cfg.timeZone });
	await boss.work(schedule.name, { pollingIntervalSeconds: pollSeconds }, async () => {
		const started = performance.now();
		try {
			const outcome = await schedule.run(cfg, database);
			log.info({ job: schedule.name, ms: Math.round(performance.now() - started), ...outcome }, 'job done');
		} catch (err) {
			log.error({ job: schedule.name, ms: Math.round(performance.now() - started), err }, 'job failed');
			throw err;
		}
	});
	if (schedule.overdue?.(cfg))
		await boss.send(
			schedule.name,
			{},
			{
				startAfter: CATCH_UP_SECONDS,
				singletonKey: 'catch-up',
				singletonSeconds: 12 * 60 * 60
			}
		);
}
