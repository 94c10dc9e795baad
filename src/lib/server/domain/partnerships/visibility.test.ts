import { describe, expect, it } from 'vitest';
import { partnershipPhases, partnershipPublicities } from '$lib/server/db/schema';
import { isPublicPartnership, visibility } from './visibility';

const never = null;

describe('visibility', () => {
	it('shows partnerships from the programme’s phase on, never in application or once terminated', () => {
		const shown = (publicFrom: (typeof partnershipPublicities)[number]) =>
			partnershipPhases.filter((phase) => isPublicPartnership({ phase, publishedAt: never }, publicFrom));
		expect(shown('inception')).toEqual(['inception', 'project', 'expansion', 'dissemination', 'completed']);
		expect(shown('project')).toEqual(['project', 'expansion', 'dissemination', 'completed']);
		expect(shown('staff')).toEqual([]);
	});

	it('shows what staff published whatever the phase and setting, and says why', () => {
		const publishedAt = new Date('2026-01-01T10:00:00Z');
		for (const publicFrom of partnershipPublicities)
			expect(visibility({ phase: 'inception', publishedAt }, publicFrom)).toBe('published');
		expect(visibility({ phase: 'terminated', publishedAt }, 'project')).toBe('published');
		expect(visibility({ phase: 'project', publishedAt: never }, 'project')).toBe('by_phase');
		expect(visibility({ phase: 'inception', publishedAt: never }, 'project')).toBe('not_public');
	});
});
