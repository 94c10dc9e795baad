import { programmeOwner } from '$lib/server/domain/programmes/queries';
import { presentDataMap } from '$lib/server/domain/privacy/data-map';
import { keptList } from '$lib/server/domain/privacy/kept';
import { promisedRetention } from '$lib/server/domain/privacy/settings';
import type { PageServerLoad } from './$types';

/** The public privacy page: the personal-data map with the programme's retention periods, and what erasure keeps. */
export const load: PageServerLoad = async () => {
	const [retention, owner] = await Promise.all([promisedRetention(), programmeOwner()]);
	return { map: presentDataMap(retention), kept: keptList(), owner: owner?.owner ?? null };
};
