import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { callInput } from './domain/calls/schemas';
import { networkFields } from './domain/networks/schemas';
import { organisationInput } from './domain/organisations/schemas';
import { themeInput } from './domain/themes/schemas';
import { schemaFields } from './schema-fields';

describe('schemaFields', () => {
	it('reads kinds, requirement and lengths through optional, default, preprocess and transform', () => {
		expect(schemaFields(themeInput, ['name', 'slug', 'description'])).toEqual([
			{ name: 'name', kind: 'translated', required: true, maxlength: 200 },
			{ name: 'slug', kind: 'text', required: false, maxlength: 80, format: undefined },
			{ name: 'description', kind: 'translated', required: false, maxlength: 5000 }
		]);
	});

	it('reads local numbers, urls, enums and lists', () => {
		const [kind, population, latitude, website] = schemaFields(organisationInput, [
			'kind',
			'population',
			'latitude',
			'website'
		]);
		expect(kind).toMatchObject({ kind: 'choice', required: true, values: expect.arrayContaining(['municipality']) });
		expect(population).toEqual({ name: 'population', kind: 'number', required: false, whole: true });
		expect(latitude).toEqual({ name: 'latitude', kind: 'number', required: false, whole: false });
		expect(website).toMatchObject({ kind: 'text', format: 'url', maxlength: 500, required: false });
		const [years, countries] = schemaFields(networkFields, ['startYear', 'countryCodes']);
		expect(years).toMatchObject({ kind: 'number', whole: true, required: true });
		expect(countries).toMatchObject({ kind: 'text', multiple: true, required: false });
		const [kinds, opens] = schemaFields(callInput, ['eligibleOrganisationKinds', 'opensAt']);
		expect(kinds).toMatchObject({ kind: 'choice', multiple: true, required: false });
		expect(opens).toMatchObject({ kind: 'text', required: true });
	});

	it('reads booleans and refuses a shape no field shows', () => {
		const schema = z.object({ agree: z.boolean().default(false), when: z.date() });
		expect(schemaFields(schema, ['agree'])).toEqual([{ name: 'agree', kind: 'boolean', required: false }]);
		expect(() => schemaFields(schema, ['when'])).toThrow(/"when" is a date/);
	});
});
