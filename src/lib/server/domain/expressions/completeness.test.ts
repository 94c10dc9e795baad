import { describe, expect, it } from 'vitest';
import { keepCallAnswers, missingForSubmission } from './completeness';

const call = {
	kind: 'partner_search',
	questions: [
		{ id: 'why', label: { en: 'Why?' }, help: {}, required: true, long: true },
		{ id: 'who', label: { en: 'Who?' }, help: {}, required: false, long: false }
	],
	requirements: [
		{ id: 'board', text: { en: 'The board supports it' } },
		{ id: 'time', text: { en: 'We have time' } }
	]
};

describe('keepCallAnswers', () => {
	it('keeps answers to the call’s own questions, trimmed, and its own requirements once each', () => {
		expect(
			keepCallAnswers(call, {
				answers: { why: '  Because ', who: '   ', other: 'dropped' },
				confirmations: ['time', 'nope', 'time']
			})
		).toEqual({ answers: { why: 'Because' }, confirmations: ['time'] });
	});
});

describe('missingForSubmission', () => {
	it('names each required question, each unconfirmed requirement, the challenge and the theme', () => {
		expect(
			Object.keys(
				missingForSubmission(call, {
					answers: { who: 'Me' },
					confirmations: ['board'],
					challenge: { sv: ' ' },
					chosenConcepts: [],
					recognised: []
				})
			).sort()
		).toEqual(['answers.why', 'challenge', 'confirmations.time', 'themeId']);
	});

	it('asks nothing more of a complete answer, and no challenge or theme of other kinds of call', () => {
		const answer = {
			answers: { why: 'Because' },
			confirmations: ['board', 'time'],
			challenge: { es: 'Desafío' },
			themeId: 't',
			chosenConcepts: ['youth_participation'],
			recognised: []
		};
		expect(missingForSubmission(call, answer)).toEqual({});
		expect(missingForSubmission(call, { ...answer, chosenConcepts: [], recognised: ['education'] })).toEqual({});
		expect(
			missingForSubmission({ ...call, kind: 'training_programme' }, { ...answer, challenge: {}, themeId: null })
		).toEqual({});
	});

	it('wants a challenge area, chosen or recognised in the text, once the challenge is written', () => {
		const answer = {
			answers: { why: 'Because' },
			confirmations: ['board', 'time'],
			challenge: { sv: 'Fler ska känna att deras röst räknas.' },
			themeId: 't',
			chosenConcepts: [],
			recognised: []
		};
		expect(missingForSubmission(call, answer)).toEqual({
			challengeAreas:
				'Välj minst ett utmaningsområde i listan: vi kände inte igen något i er beskrivning av utmaningen.'
		});
		expect(missingForSubmission({ ...call, kind: 'network_recruitment' }, answer)).toEqual({});
	});
});
