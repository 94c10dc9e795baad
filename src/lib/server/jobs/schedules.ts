import type { Config } from '../config';
import type { Database } from '../db/client';
import { runRetention } from '../domain/privacy/retention';
import { backUpEmbedded, backupOverdue } from './embedded-backup';

/** A job the runner schedules: its queue name, when (cron on the programme's clock), and its work. */
export type Schedule = {
	name: string;
	/** Five-field cron, read on TIME_ZONE. */
	cron: string;
	/** Whether this server runs it (e.g. only the embedded database backs itself up). */
	enabled: (cfg: Config) => boolean;
	/** What a run does; its result is logged with the outcome. */
	run: (cfg: Config, database: Database) => Promise<Record<string, unknown>>;
	/**
	 * Run once soon after start when the last run is older than a period, for servers that are not up
	 * at the scheduled hour (a laptop): returns whether it is overdue.
	 */
	overdue?: (cfg: Config) => boolean;
};

/** Every scheduled job. Removing one here also removes its schedule from the database at the next start. */
export const schedules: Schedule[] = [
	{
		name: 'embedded-backup',
		cron: '0 3 * * *',
		enabled: (cfg) => cfg.database.kind === 'pglite' && cfg.backupKeepDays > 0,
		run: (cfg, database) => backUpEmbedded(cfg, database),
		overdue: (cfg) => backupOverdue(cfg)
	},
	{
		// After the backup: yesterday's data is in last night's backup before retention removes it.
		name: 'privacy-retention',
		cron: '30 3 * * *',
		enabled: () => true,
		run: async () => ({ ...(await runRetention()) })
	}
];
