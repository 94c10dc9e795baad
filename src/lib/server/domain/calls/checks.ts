import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { calls, networks, programmes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';

/**
 * Refuses (as field errors) a programme that does not exist, a network that does not or that belongs
 * to another programme, and a slug another call has.
 */
export async function checkCallReferences(
	tx: Executor,
	{
		programmeId,
		networkId,
		slug,
		callId
	}: { programmeId: string; networkId: string | null; slug?: string; callId?: string }
) {
	const [programme] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
	if (!programme) throw AppError.invalid({ programmeId: m.validation_unknown_choice() });
	if (networkId) {
		const [network] = await tx
			.select({ programmeId: networks.programmeId })
			.from(networks)
			.where(eq(networks.id, networkId));
		if (!network) throw AppError.invalid({ networkId: m.validation_unknown_choice() });
		if (network.programmeId !== programmeId) throw AppError.invalid({ networkId: m.calls_error_network_programme() });
	}
	if (slug) {
		const [taken] = await tx
			.select({ id: calls.id })
			.from(calls)
			.where(callId ? and(eq(calls.slug, slug), ne(calls.id, callId)) : eq(calls.slug, slug));
		if (taken) throw AppError.invalid({ slug: m.calls_error_slug_taken() });
	}
}
