import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { auditEvents } from '$lib/server/db/schema';
import { addResult } from '$lib/server/domain/results/add-result';
import { updateTheme } from '$lib/server/domain/themes/update-theme';
import { PATCH as networkPATCH } from '../../src/routes/api/v1/networks/[id]/+server';
import { PATCH as organisationPATCH } from '../../src/routes/api/v1/organisations/[slug]/+server';
import { PATCH as resultPATCH } from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/+server';
import { makeNetwork, makeOrganisation, makePartnership, makeTheme, makeUser, staff } from '../factories';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

// A write that changes nothing records nothing (one rule in recordAudit), and still answers the resource.

const eventsAbout = async (subjectId: string) =>
	db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, subjectId));

describe('a write that changes nothing', () => {
	it('answers 200 with the unchanged organisation, network and result, and records no event', async () => {
		const officer = await makeUser({ staff: true });
		const organisation = await makeOrganisation({ subdivision: 'Västra Götaland' });
		const network = await makeNetwork();
		const partnership = await makePartnership();
		const result = await addResult(staff, partnership.id, { kind: 'output', title: { sv: 'Plan', en: 'Plan' } });
		const before = {
			organisation: (await eventsAbout(organisation.id)).length,
			network: (await eventsAbout(network.id)).length,
			result: (await eventsAbout(result.id)).length
		};

		const o = await api(organisationPATCH, 'PATCH', `/api/v1/organisations/${organisation.slug}`, {
			actor: officer.actor,
			params: { slug: organisation.slug },
			body: {}
		});
		expect(o.status).toBe(200);
		expect(o.body.data).toMatchObject({ name: organisation.name, subdivision: 'Västra Götaland' });
		const n = await api(networkPATCH, 'PATCH', `/api/v1/networks/${network.id}`, {
			actor: officer.actor,
			params: { id: network.id },
			body: {}
		});
		expect(n.status).toBe(200);
		expect(n.body.data).toMatchObject({ id: network.id, slug: network.slug });
		const r = await api(resultPATCH, 'PATCH', `/api/v1/partnerships/${partnership.id}/results/${result.id}`, {
			actor: officer.actor,
			params: { id: partnership.id, resultId: result.id },
			body: { title: { sv: 'Plan', en: 'Plan' } }
		});
		expect(r.status).toBe(200);
		expect(r.body.data).toMatchObject({ id: result.id, title: { sv: 'Plan', en: 'Plan' } });

		expect((await eventsAbout(organisation.id)).length).toBe(before.organisation);
		expect((await eventsAbout(network.id)).length).toBe(before.network);
		expect((await eventsAbout(result.id)).length).toBe(before.result);
	});

	it('a form sent again unchanged records nothing, a real change still records one event', async () => {
		const theme = await makeTheme();
		const same = { slug: theme.slug, name: theme.name, description: theme.description };
		await updateTheme(staff, theme.id, same);
		expect(await eventsAbout(theme.id)).toEqual([]);
		await updateTheme(staff, theme.id, { ...same, name: { ...theme.name, en: 'Renamed' } });
		expect(await eventsAbout(theme.id)).toEqual([{ action: 'theme.updated' }]);

		const officer = await makeUser({ staff: true });
		const organisation = await makeOrganisation();
		const changed = await api(organisationPATCH, 'PATCH', `/api/v1/organisations/${organisation.slug}`, {
			actor: officer.actor,
			params: { slug: organisation.slug },
			body: { population: 31_000 }
		});
		expect(changed.status).toBe(200);
		expect((await eventsAbout(organisation.id)).map((e) => e.action)).toEqual([
			'organisation.created',
			'organisation.updated'
		]);
	});
});
