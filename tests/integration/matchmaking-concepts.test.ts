import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest, partnerProfiles } from '$lib/server/db/schema';
import { CONCEPTS_VERSION, extractConcepts, refreshStaleConcepts } from '$lib/server/domain/matchmaking/concepts';
import { vocabulary } from '$lib/server/domain/matchmaking/vocabulary';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

describe('extractConcepts', () => {
	it('finds the same concept in Swedish, English and Spanish', async () => {
		const sv = await extractConcepts(db(), { sv: 'Vi arbetar mot våld i nära relationer.' });
		const en = await extractConcepts(db(), { en: 'We work against domestic violence.' });
		const es = await extractConcepts(db(), { es: 'Trabajamos contra la violencia intrafamiliar.' });
		for (const found of [sv, en, es]) expect(found).toContain('domestic_violence');
	});

	it('matches inflected forms through each language stemmer', async () => {
		const sv = await extractConcepts(db(), { sv: 'Ungdomars delaktighet i kommunens beslut.' });
		const en = await extractConcepts(db(), { en: 'Strengthening youth participation in the council.' });
		const es = await extractConcepts(db(), { es: 'Fortalecer la participación de los jóvenes en el municipio.' });
		for (const found of [sv, en, es]) expect(found).toContain('youth_participation');
		// Plural and definite forms: "skolorna", "relation", "escuelas".
		expect(await extractConcepts(db(), { sv: 'Skolorna och våld i nära relation.' })).toEqual(
			expect.arrayContaining(['domestic_violence', 'education'])
		);
		expect(await extractConcepts(db(), { es: 'Las escuelas rurales.' })).toEqual(
			expect.arrayContaining(['education', 'rural_development'])
		);
	});

	it('reads every language of a text and gives sorted, distinct keys', async () => {
		const found = await extractConcepts(db(), {
			sv: 'Avfallshantering och återvinning.',
			en: 'Waste management and gender equality.',
			es: 'Gestión de residuos.'
		});
		expect(found).toEqual(['gender_equality', 'waste_management']);
	});

	it('finds nothing in unrelated text, or in no text', async () => {
		expect(await extractConcepts(db(), { sv: 'Vi tycker om att baka bullar på fredagar.' })).toEqual([]);
		expect(await extractConcepts(db(), { en: 'The weather was nice on Tuesday.' })).toEqual([]);
		expect(await extractConcepts(db(), { es: 'Me gusta el café por la mañana.' })).toEqual([]);
		expect(await extractConcepts(db(), {})).toEqual([]);
		expect(await extractConcepts(db(), { sv: '   ' })).toEqual([]);
	});

	it('does not match the words of a phrase far apart', async () => {
		// "domestic … violence" is a phrase: both words in another order or far apart do not count.
		const found = await extractConcepts(db(), { en: 'Violence in films is a domestic matter of taste.' });
		expect(found).not.toContain('domestic_violence');
	});
});

describe('the vocabulary', () => {
	// Its size and terms: tests/unit/matchmaking-vocabulary.test.ts.
	it('gives each concept for at least one of its own terms in every language', async () => {
		const missing: string[] = [];
		for (const concept of vocabulary)
			for (const lang of ['sv', 'en', 'es'] as const) {
				const found = await extractConcepts(db(), { [lang]: concept.terms[lang].join('. ') });
				if (!found.includes(concept.key)) missing.push(`${concept.key}/${lang}`);
			}
		expect(missing).toEqual([]);
	});
});

describe('refreshStaleConcepts', () => {
	it('recomputes rows whose version is null or old, and leaves fresh rows alone', async () => {
		const call = await makeCall();
		const { expression } = await makeExpression(call.id, {
			challenge: { sv: 'Skolavhopp och ungdomars delaktighet.' }
		});
		const profile = await makeProfile(call.id, { challenge: { es: 'Gestión de residuos y reciclaje.' } });
		const old = await makeProfile(call.id, {
			challenge: { en: 'Public transport.' },
			concepts: ['stale'],
			conceptsVersion: 'old'
		});
		const fresh = await makeProfile(call.id, {
			challenge: { en: 'Public transport.' },
			concepts: ['kept'],
			conceptsVersion: CONCEPTS_VERSION
		});

		expect(await refreshStaleConcepts(db(), call.id)).toBe(3);
		const [e] = await db().select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, expression.id));
		expect(e!.concepts).toEqual(['school_dropout', 'youth_participation']);
		expect(e!.conceptsVersion).toBe(CONCEPTS_VERSION);
		const concepts = async (id: string) =>
			(await db().select().from(partnerProfiles).where(eq(partnerProfiles.id, id)))[0]!.concepts;
		expect(await concepts(profile.id)).toEqual(['waste_management']);
		expect(await concepts(old.id)).toEqual(['public_transport']);
		expect(await concepts(fresh.id)).toEqual(['kept']);

		// Nothing left to do; a challenge with no concept gets an empty set and the version.
		expect(await refreshStaleConcepts(db(), call.id)).toBe(0);
		await db()
			.update(partnerProfiles)
			.set({ challenge: { sv: 'Inget särskilt.' }, conceptsVersion: null })
			.where(eq(partnerProfiles.id, profile.id));
		expect(await refreshStaleConcepts(db(), call.id, { profileId: profile.id })).toBe(1);
		expect(await concepts(profile.id)).toEqual([]);
	});

	it('touches only the given call', async () => {
		const one = await makeCall();
		const other = await makeCall();
		await makeProfile(one.id);
		const untouched = await makeProfile(other.id);
		expect(await refreshStaleConcepts(db(), one.id)).toBe(1);
		const [row] = await db().select().from(partnerProfiles).where(eq(partnerProfiles.id, untouched.id));
		expect(row!.conceptsVersion).toBeNull();
	});
});
