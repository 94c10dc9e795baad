import { describe, expect, it } from 'vitest';
import { sdgGoals } from '$lib/sdgs';
import { sdgTargetTexts } from '.';

describe('SDG target texts', () => {
	const codes = sdgGoals.flatMap((goal) => goal.targets);

	it('has a text for every target the plan editor offers, in every language, and nothing else', () => {
		for (const locale of ['sv', 'en', 'es'] as const) {
			const texts = sdgTargetTexts(locale);
			expect(Object.keys(texts).sort(), locale).toEqual([...codes].sort());
			for (const code of codes) expect(texts[code]!.trim().length, `${locale} ${code}`).toBeGreaterThan(20);
		}
	});

	it('uses the official wording', () => {
		expect(sdgTargetTexts('en')['5.5']).toBe(
			'Ensure women’s full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life'
		);
		expect(sdgTargetTexts('es')['16.7']).toBe(
			'Garantizar la adopción en todos los niveles de decisiones inclusivas, participativas y representativas que respondan a las necesidades'
		);
		expect(sdgTargetTexts('sv')['5.5']).toBe(
			'Tillförsäkra kvinnor fullt och faktiskt deltagande och lika möjligheter till ledarskap på alla beslutsnivåer i det politiska, ekonomiska och offentliga livet'
		);
	});

	it('gives only the asked targets when a page needs just a few', () => {
		expect(sdgTargetTexts('sv', ['5.5', 'nope'])).toEqual({ '5.5': expect.stringContaining('Tillförsäkra') });
	});
});
