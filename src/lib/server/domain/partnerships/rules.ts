import { SWEDEN } from '../countries/names';

export type PartyCandidate = { organisationId: string; countryCode: string };

export type PartyProblem = 'too_few' | 'duplicate' | 'no_swedish';

/**
 * The programme's rule for parties: two or more distinct organisations, at least one of them Swedish.
 * Returns the first problem, or null. The database enforces the same at commit.
 */
export function partyProblem(parties: readonly PartyCandidate[]): PartyProblem | null {
	const ids = new Set(parties.map((p) => p.organisationId));
	if (ids.size !== parties.length) return 'duplicate';
	if (parties.length < 2) return 'too_few';
	if (!parties.some((p) => p.countryCode === SWEDEN)) return 'no_swedish';
	return null;
}

/** An end date must come after the start date (ISO yyyy-mm-dd strings compare in date order). */
export function datesInOrder(startDate: string | null | undefined, endDate: string | null | undefined): boolean {
	return !startDate || !endDate || endDate > startDate;
}
