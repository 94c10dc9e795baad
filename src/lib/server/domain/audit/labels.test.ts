import { describe, expect, it } from 'vitest';
import { actionLabel, subjectLabel } from './labels';

// Paraglide answers in the base language (Swedish) outside a request.
describe('actionLabel', () => {
	it('names known actions', () => {
		expect(actionLabel('partnership.created')).toBe('Partnerskap skapades');
		expect(actionLabel('partnership.phase_changed')).toBe('Fas ändrades');
		expect(actionLabel('partnership.steering_member_added')).toBe('Ledamot i styrgruppen lades till');
		expect(actionLabel('partnership.plan_updated')).toBe('Projektplan ändrades');
		expect(actionLabel('partnership_result.removed')).toBe('Resultat togs bort');
		expect(actionLabel('api_token.revoked')).toBe('API-nyckel återkallades');
		expect(actionLabel('partnership.published')).toBe('Partnerskap publicerades');
		expect(actionLabel('partnership.unpublished')).toBe('Partnerskap: publiceringen togs tillbaka');
	});

	it('reads an unknown thing or verb as words, never as a code', () => {
		expect(actionLabel('partnership.meeting_added')).toBe('Meeting lades till');
		expect(actionLabel('partnership.archived')).toBe('Ändring: Partnership archived');
		expect(actionLabel('odd')).toBe('Ändring: Odd');
	});
});

describe('subjectLabel', () => {
	it('names kinds of record, and words unknown ones', () => {
		expect(subjectLabel('result_indicator')).toBe('Indikator');
		expect(subjectLabel('meeting_note')).toBe('Meeting note');
	});
});
