import { describe, expect, it } from 'vitest';
import { callState, eligibilityProblem, openCallProblem } from './state';

const call = { opensAt: new Date('2026-11-01T08:00:00Z'), closesAt: new Date('2026-12-01T23:00:00Z') };

describe('callState', () => {
	it('is upcoming before the opening, open until the closing, closed from it', () => {
		expect(callState(call, new Date('2026-11-01T07:59:59Z'))).toBe('upcoming');
		expect(callState(call, new Date('2026-11-01T08:00:00Z'))).toBe('open');
		expect(callState(call, new Date('2026-12-01T22:59:59Z'))).toBe('open');
		expect(callState(call, new Date('2026-12-01T23:00:00Z'))).toBe('closed');
	});

	it('explains why a call takes no answers, and says nothing while it is open', () => {
		expect(openCallProblem(call, new Date('2026-11-15T12:00:00Z'))).toBeNull();
		expect(openCallProblem(call, new Date('2026-12-02T00:00:00Z'))).toMatch(/stängd/);
		// The opening in the programme's zone, named, as every page and mail shows a time.
		expect(openCallProblem(call, new Date('2026-10-01T00:00:00Z'))).toContain(
			'1 november 2026 kl. 09:00 (centraleuropeisk tid)'
		);
	});
});

describe('eligibilityProblem', () => {
	const swedishMunicipalities = { eligibleCountryCodes: ['SE'], eligibleOrganisationKinds: ['municipality', 'region'] };

	it('lets an organisation of a named country and kind answer', () => {
		expect(eligibilityProblem(swedishMunicipalities, { countryCode: 'SE', kind: 'region' })).toBeNull();
	});

	it('names the country or the kind that keeps an organisation out', () => {
		expect(eligibilityProblem(swedishMunicipalities, { countryCode: 'CO', kind: 'municipality' })).toMatch(/Colombia/);
		expect(eligibilityProblem(swedishMunicipalities, { countryCode: 'SE', kind: 'university' })).toMatch(/universitet/);
	});

	it('treats empty lists as "anyone"', () => {
		expect(
			eligibilityProblem(
				{ eligibleCountryCodes: [], eligibleOrganisationKinds: [] },
				{ countryCode: 'GT', kind: 'other' }
			)
		).toBeNull();
	});
});
