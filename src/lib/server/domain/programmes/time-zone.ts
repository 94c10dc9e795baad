import { asc } from 'drizzle-orm';
import type { Locale } from '$lib/i18n/locales';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { programmes } from '$lib/server/db/schema';
import { setProgrammeTimeZone, timeZoneName } from '$lib/time';

// The programme's time zone is a setting staff change (decision 0012). The installation runs on the zone of
// the programme it presents (the first registered, as the portal's); the TIME_ZONE setting is the clock
// until a programme exists, and stays the clock of the scheduled jobs' cron.

/** The presented programme's zone, read again only after a change (cache/read-cache.ts); null before any programme. */
function presentedProgrammeZone(): Promise<string | null> {
	return readThrough('programme-time-zone', async () => {
		const [row] = await db()
			.select({ timeZone: programmes.timeZone })
			.from(programmes)
			.orderBy(asc(programmes.createdAt))
			.limit(1);
		return row?.timeZone ?? null;
	});
}

/**
 * Sets the clock $lib/time reads to the presented programme's zone (else `fallback`, the TIME_ZONE
 * setting). Called at start and for every request, so a change staff make is on every process's clock
 * with the next request; every request of an installation sees the same zone.
 */
export async function useProgrammeTimeZone(fallback: string): Promise<void> {
	setProgrammeTimeZone((await presentedProgrammeZone()) ?? fallback);
}

/** Every zone Intl knows, as choices: "Europe/Stockholm (centraleuropeisk tid)", sorted by name. */
export function timeZoneOptions(locale: Locale): { value: string; label: string }[] {
	return [...Intl.supportedValuesOf('timeZone'), 'UTC']
		.sort()
		.map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} (${timeZoneName(zone, locale)})` }));
}
