import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { listReviews } from '$lib/server/domain/reviews/queries';
import { scoreExpression } from '$lib/server/domain/reviews/score-expression';
import {
	actions as detailActions,
	load as loadDetail
} from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/answers/[expressionId]/+page.server';
import DetailPage from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/answers/[expressionId]/+page.svelte';
import {
	actions as listActions,
	load as loadList
} from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/answers/+page.server';
import ListPage from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/answers/+page.svelte';
import { GET as csvDownload } from '../../src/routes/[lang=lang]/(admin)/admin/calls/[id]/answers/export.csv/+server';
import { makeCall, makeExpression } from '../factories/calls';
import { makeOrganisation, makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';

// The staff pages over the use cases: what the loads give, what the pages show, and what the actions do.
// Outside a request Paraglide speaks Swedish.

const test = useTestDatabase();
let reviewer: { id: string; actor: Actor };

beforeAll(async () => {
	process.env.E2E_DATA_DIR = test.dataDir;
	reviewer = await makeUser({ staff: true });
});

const locals = (actor: Actor) => ({ actor, locale: 'sv' as const }) as unknown as App.Locals;

function formRequest(fields: [string, string][]): Request {
	const body = new FormData();
	for (const [key, value] of fields) body.append(key, value);
	return new Request('http://localhost', { method: 'POST', body });
}

async function status(promise: Promise<unknown> | (() => unknown)): Promise<number | null> {
	try {
		await (typeof promise === 'function' ? promise() : promise);
		return null;
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('the answers list page', () => {
	it('lists the answers with a checkbox each and moves the selected ones after confirmation', async () => {
		const call = await makeCall();
		const organisation = await makeOrganisation({ name: 'Kungsörs kommun' });
		const { expression } = await makeExpression(call.id, { organisationId: organisation.id });
		const params = { id: call.id, lang: 'sv' };
		const url = new URL(`http://localhost/sv/admin/calls/${call.id}/answers`);
		const data = await loadList({ locals: locals(reviewer.actor), params, url } as never);
		const body = render(ListPage, { props: { data: { ...data, lang: 'sv' }, form: null, params } as never }).body;
		expect(body).toContain('Kungsörs kommun');
		expect(body).toContain(`value="${expression.id}"`);
		expect(body).toContain(m.review_select_all());
		expect(body).toContain('export.xlsx');

		const unconfirmed = await listActions.move!({
			locals: locals(reviewer.actor),
			params,
			request: formRequest([
				['expressionIds', expression.id],
				['to', 'under_review']
			])
		} as never);
		expect(unconfirmed).toMatchObject({ status: 400, data: { errors: { confirm: m.review_error_confirm() } } });

		const moved = await listActions.move!({
			locals: locals(reviewer.actor),
			params,
			request: formRequest([
				['expressionIds', expression.id],
				['to', 'under_review'],
				['confirm', 'on']
			])
		} as never);
		expect(moved).toEqual({ moved: 1, to: 'under_review' });

		const empty = await makeCall();
		const emptyData = await loadList({
			locals: locals(reviewer.actor),
			params: { id: empty.id, lang: 'sv' },
			url: new URL(`http://localhost/sv/admin/calls/${empty.id}/answers?status=declined`)
		} as never);
		const emptyBody = render(ListPage, {
			props: { data: { ...emptyData, lang: 'sv' }, form: null, params } as never
		}).body;
		expect(emptyBody).toContain(m.review_empty_filtered());
	});

	it('is not found for anyone but staff, and so is the download', async () => {
		const call = await makeCall();
		const { applicant } = await makeExpression(call.id);
		const params = { id: call.id, lang: 'sv' };
		const url = new URL(`http://localhost/sv/admin/calls/${call.id}/answers`);
		expect(await status(() => loadList({ locals: locals(applicant.actor), params, url } as never))).toBe(404);
		expect(await status(() => csvDownload({ locals: locals(applicant.actor), params } as never))).toBe(404);
		const response = await csvDownload({ locals: locals(reviewer.actor), params } as never);
		expect(response.headers.get('content-type')).toContain('text/csv');
	});
});

describe('the answer page', () => {
	it('shows a fieldset per criterion, saves my scores and keeps them on failure', async () => {
		const call = await makeCall();
		const { expression } = await makeExpression(call.id);
		const other = await makeUser({ staff: true });
		await scoreExpression(other.actor, expression.id, {
			scores: { anchoring: { score: 2, comment: 'Svag förankring' }, capacity: { score: 4 } }
		});
		const params = { id: call.id, expressionId: expression.id, lang: 'sv' };
		const data = await loadDetail({ locals: locals(reviewer.actor), params } as never);
		const body = render(DetailPage, { props: { data: { ...data, lang: 'sv' }, form: null, params } as never }).body;
		expect(body.match(/<fieldset/g)).toHaveLength(2);
		expect(body).toMatch(/<legend lang="sv"[^>]*>Politisk förankring<\/legend>/);
		expect(body).toContain('Svag förankring');
		expect(body).toContain('Vi vill lära av varandra.');

		const refused = await detailActions.score!({
			locals: locals(reviewer.actor),
			params,
			request: formRequest([['scores.anchoring.score', '5']])
		} as never);
		expect(refused).toMatchObject({
			status: 400,
			data: { score: { errors: { 'scores.capacity.score': m.review_error_score_required() } } }
		});
		const again = render(DetailPage, {
			props: { data: { ...data, lang: 'sv' }, form: (refused as { data: unknown }).data, params } as never
		}).body;
		expect(again).toMatch(/value="5"[^>]*checked/);

		const saved = await detailActions.score!({
			locals: locals(reviewer.actor),
			params,
			request: formRequest([
				['scores.anchoring.score', '5'],
				['scores.capacity.score', '3'],
				['scores.capacity.comment', 'Liten förvaltning']
			])
		} as never);
		expect(saved).toEqual({ saved: 'score' });
		expect((await listReviews(reviewer.actor, expression.id)).averages.overall).toBe(3.5);

		expect(
			await detailActions.note!({
				locals: locals(reviewer.actor),
				params,
				request: formRequest([['body', 'Ring dem']])
			} as never)
		).toEqual({ saved: 'note' });
		expect(
			await detailActions.move!({
				locals: locals(reviewer.actor),
				params,
				request: formRequest([
					['to', 'declined'],
					['reason', 'Utanför ramen']
				])
			} as never)
		).toEqual({ saved: 'move' });
	});

	it('is not found under another call’s address', async () => {
		const call = await makeCall();
		const other = await makeCall();
		const { expression } = await makeExpression(call.id);
		const params = { id: other.id, expressionId: expression.id, lang: 'sv' };
		expect(await status(() => loadDetail({ locals: locals(reviewer.actor), params } as never))).toBe(404);
	});
});
