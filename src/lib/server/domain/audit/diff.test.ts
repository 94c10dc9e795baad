import { describe, expect, it } from 'vitest';
import { auditDiff, isIgnoredKey } from './diff';

describe('auditDiff', () => {
	it('lists only the keys that changed', () => {
		expect(
			auditDiff(
				{ phase: 'inception', startDate: '2024-01-01', population: 20000 },
				{ phase: 'project', startDate: '2024-01-01', population: 20000 }
			)
		).toEqual([{ path: ['phase'], before: 'inception', after: 'project' }]);
	});

	it('leaves out timestamps and identifiers', () => {
		const before = { id: 'a', createdAt: '2024', updatedAt: '2024', themeId: 't1', partyIds: ['x'], name: 'A' };
		const after = { id: 'b', createdAt: '2025', updatedAt: '2025', themeId: 't2', partyIds: ['y'], name: 'A' };
		expect(auditDiff(before, after)).toEqual([]);
		expect(isIgnoredKey('organisationId')).toBe(true);
		expect(isIgnoredKey('valid')).toBe(false);
	});

	it('gives one change per language of a translated text, only for languages that changed', () => {
		expect(
			auditDiff(
				{ title: { sv: 'Unga röster', en: 'Young voices' } },
				{ title: { sv: 'Unga röster', en: 'Young voices count', es: 'Voces jóvenes' } }
			)
		).toEqual([
			{ path: ['title'], language: 'en', before: 'Young voices', after: 'Young voices count' },
			{ path: ['title'], language: 'es', before: null, after: 'Voces jóvenes' }
		]);
	});

	it('treats a text written for the first time, or emptied, per language', () => {
		expect(auditDiff({ challenge: {} }, { challenge: { sv: 'Avhopp' } })).toEqual([
			{ path: ['challenge'], language: 'sv', before: null, after: 'Avhopp' }
		]);
		expect(auditDiff({ challenge: { sv: 'Avhopp' } }, { challenge: null })).toEqual([
			{ path: ['challenge'], language: 'sv', before: 'Avhopp', after: null }
		]);
	});

	it('shows lists of values whole, and treats null, blank and empty as the same nothing', () => {
		expect(auditDiff({ sdgGoals: [5] }, { sdgGoals: [5, 17] })).toEqual([
			{ path: ['sdgGoals'], before: [5], after: [5, 17] }
		]);
		expect(
			auditDiff({ principles: [], email: null, unit: '' }, { principles: [], email: undefined, unit: null })
		).toEqual([]);
		expect(auditDiff({ email: null }, { email: 'a@example.org' })).toEqual([
			{ path: ['email'], before: null, after: 'a@example.org' }
		]);
		expect(auditDiff({ listedPublicly: false }, { listedPublicly: true })).toEqual([
			{ path: ['listedPublicly'], before: false, after: true }
		]);
	});

	it('shows every field of a created record and of a removed one', () => {
		expect(auditDiff(null, { id: 'x', name: 'Anna', role: 'chair', email: null })).toEqual([
			{ path: ['name'], before: null, after: 'Anna' },
			{ path: ['role'], before: null, after: 'chair' }
		]);
		expect(auditDiff({ id: 'x', name: 'Anna' }, null)).toEqual([{ path: ['name'], before: 'Anna', after: null }]);
		expect(auditDiff(null, null)).toEqual([]);
	});

	it('matches records in a list by id and names the changed one by its name', () => {
		const before = {
			parties: [
				{ organisationId: 'a', name: 'Piteå kommun', mutualBenefit: { sv: 'Lärande' } },
				{ organisationId: 'b', name: 'Chinsali', mutualBenefit: {} }
			]
		};
		const after = {
			parties: [
				{ organisationId: 'a', name: 'Piteå kommun', mutualBenefit: { sv: 'Lärande' } },
				{ organisationId: 'b', name: 'Chinsali', mutualBenefit: { en: 'Training' } }
			]
		};
		expect(auditDiff(before, after)).toEqual([
			{ path: ['parties', 'Chinsali', 'mutualBenefit'], language: 'en', before: null, after: 'Training' }
		]);
	});

	it('names records added to or removed from a list', () => {
		expect(auditDiff({ members: [{ id: '1', name: 'Anna' }] }, { members: [{ id: '2', name: 'Bo' }] })).toEqual([
			{ path: ['members'], before: null, after: 'Bo' },
			{ path: ['members'], before: 'Anna', after: null }
		]);
	});

	it('follows nested records field by field', () => {
		expect(auditDiff({ projectYears: { min: 1, max: 3 } }, { projectYears: { min: 1, max: 4 } })).toEqual([
			{ path: ['projectYears', 'max'], before: 3, after: 4 }
		]);
	});
});
