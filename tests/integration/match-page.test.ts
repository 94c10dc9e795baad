import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { matches } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import Page from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/matching/+page.svelte';
import { actions, load } from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/matching/+page.server';
import { makeOrganisation, makeTheme, makeUser } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

type Loaded = Exclude<Awaited<ReturnType<typeof load>>, void>;

async function loadPage(actor: Actor, callId: string, query = ''): Promise<Loaded> {
	const url = new URL(`http://localhost/sv/admin/calls/${callId}/matching${query}`);
	return (await load({ url, params: { lang: 'sv', id: callId }, locals: { actor, locale: 'sv' } } as never)) as Loaded;
}

async function submit(name: keyof typeof actions, actor: Actor, callId: string, fields: Record<string, string>) {
	const url = new URL(`http://localhost/sv/admin/calls/${callId}/matching?/${name}`);
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.append(key, value);
	const event = {
		url,
		params: { lang: 'sv', id: callId },
		request: new Request(url, { method: 'POST', body }),
		locals: { actor, locale: 'sv' }
	};
	return (await actions[name]!(event as never)) as Record<string, unknown> & { status?: number; data?: unknown };
}

const html = (data: Loaded, form: unknown = null) =>
	render(Page, { props: { data: { ...data, lang: 'sv', user: null }, form, params: {} } as never }).body;

describe('the staff matching page', () => {
	it('shows explained suggestions, one applicant’s exclusions, suggest-for-all and accepts after confirmation', async () => {
		const call = await makeCall();
		const theme = await makeTheme();
		const swedish = await makeOrganisation({ name: 'Region Gotland' });
		const { expression } = await makeExpression(call.id, { organisationId: swedish.id, themeId: theme.id });
		const profile = await makeProfile(call.id, { themeId: theme.id });
		await makeProfile(call.id, { status: 'draft' });
		const brazil = await makeOrganisation({ name: 'Município de Brasil', countryCode: 'BR' });
		await makeProfile(call.id, { organisationId: brazil.id });
		const officer = await makeUser({ staff: true });

		const data = await loadPage(officer.actor, call.id, `?applicant=${expression.id}&all=1`);
		expect(data.matching!.suggestions).toHaveLength(1);
		expect(data.matching!.assignment!.pairs).toHaveLength(1);
		const body = html(data);
		expect(body).toContain('Region Gotland → Municipio');
		expect(body).toContain('Samma tema: Tema');
		expect(body).toMatch(/Gemensamma områden[^<]*: [^<]*våld/);
		expect(body).toContain('Godta…');
		expect(body).toContain('Sammanlagd poäng');
		if (process.env.MATCH_PAGE_HTML) (await import('node:fs')).writeFileSync(process.env.MATCH_PAGE_HTML, body);
		expect(body).toMatch(/Município de Brasil<\/th>[\s\S]{0,80}Profilens land är inte ett samarbetsland/);

		const unconfirmed = await submit('pick', officer.actor, call.id, { expressionId: expression.id, profileId: '' });
		expect(unconfirmed.status).toBe(400);
		const pickErrors = (unconfirmed.data as { pick: { errors: Record<string, string> } }).pick.errors;
		expect(Object.keys(pickErrors).sort()).toEqual(['confirm', 'profileId']);
		expect(html(data, unconfirmed.data)).toContain('id="field-confirm-error"');
		expect(await db().$count(matches, eq(matches.callId, call.id))).toBe(0);

		const accepted = await submit('accept', officer.actor, call.id, {
			expressionId: expression.id,
			profileId: profile.id
		});
		const slug = (accepted as { accepted: { partnershipSlug: string } }).accepted.partnershipSlug;
		const after = await loadPage(officer.actor, call.id);
		expect(after.matching!.accepted).toHaveLength(1);
		const afterBody = html(after, accepted);
		expect(afterBody).toContain(`/sv/workspace/partnerships/${slug}`);
		expect(afterBody).toContain('Inga svar att matcha ännu');

		const again = await submit('accept', officer.actor, call.id, {
			expressionId: expression.id,
			profileId: profile.id
		});
		expect(again.status).toBe(409);
		expect(html(after, again.data)).toContain('har redan matchats');
	});

	it('explains that only partner searches are matched, and answers 404 to others than staff', async () => {
		const call = await makeCall({ kind: 'training_programme' });
		const officer = await makeUser({ staff: true });
		const data = await loadPage(officer.actor, call.id);
		expect(data.matching).toBeNull();
		expect(html(data)).toContain('Matchning görs bara i partnersökningar');

		const coordinator = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
		const error = await loadPage(coordinator.actor, call.id).then(
			() => null,
			(e: unknown) => e
		);
		expect(isHttpError(error) && error.status).toBe(404);
	});

	it('says when there are no profiles yet', async () => {
		const call = await makeCall();
		await makeExpression(call.id);
		const officer = await makeUser({ staff: true });
		expect(html(await loadPage(officer.actor, call.id))).toContain('Inga profiler ännu');
	});
});
