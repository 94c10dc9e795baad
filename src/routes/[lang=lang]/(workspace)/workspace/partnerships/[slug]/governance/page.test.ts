import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';
import type { Panel } from './panel';

// Outside a request Paraglide speaks the base language, Swedish.

const se = '11111111-1111-4111-8111-111111111111';
const za = '22222222-2222-4222-8222-222222222222';
const chairId = '33333333-3333-4333-8333-333333333333';
const officialId = '44444444-4444-4444-8444-444444444444';
const executorId = '55555555-5555-4555-8555-555555555555';

function data({ canEdit, panel = null }: { canEdit: boolean; panel?: Panel | null }) {
	return {
		lang: 'sv' as const,
		partnership: {
			id: 'p',
			slug: 'jonkoping-stellenbosch',
			title: { text: 'Tillgänglighet', locale: 'sv' as const, isFallback: false },
			phase: 'project' as const
		},
		parties: [
			{ id: se, slug: 'jonkoping', name: 'Jönköpings kommun', countryCode: 'SE', country: 'Sverige' },
			{ id: za, slug: 'stellenbosch', name: 'Stellenbosch Municipality', countryCode: 'ZA', country: 'Sydafrika' }
		],
		canEdit,
		isStaff: false,
		steeringGroup: [
			{
				id: chairId,
				organisationId: se,
				name: 'Karin Ljungberg',
				email: 'karin@example.org',
				politicalParty: 'Moderaterna',
				standing: 'majority' as const,
				role: 'chair' as const,
				listedPublicly: true
			}
		],
		projectGroup: [
			{
				id: officialId,
				organisationId: za,
				name: 'Nomvula Khumalo',
				email: null,
				title: 'Coordinator',
				role: 'coordinator' as const,
				listedPublicly: false
			}
		],
		executors: [
			{
				id: executorId,
				name: 'Jönköping University',
				kind: 'Universitet',
				country: 'Sverige',
				tasks: { text: 'Training material', locale: 'en' as const, isFallback: true },
				tasksValue: { en: 'Training material' }
			}
		],
		warnings: [
			{
				key: `steering_opposition_missing-${se}`,
				message: 'Styrgruppen saknar en politiker från oppositionen i Jönköpings kommun.'
			}
		],
		hasCandidates: true,
		executorSearch: '/sv/workspace/partnerships/jonkoping-stellenbosch/governance/executors',
		panel,
		done: null
	};
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);

describe('the governance tab', () => {
	it('shows members every group by side, the warnings, and no forms', () => {
		const { body } = render(Page, { props: { data: data({ canEdit: false }), form: null } as never });
		expect(body).toContain('Styrgruppen saknar en politiker från oppositionen i Jönköpings kommun.');
		expect(body).toMatch(/scope="rowgroup"[^>]*>Jönköpings kommun \(Sverige\)/);
		expect(body).toContain('Inga politiker från Stellenbosch Municipality ännu.');
		expect(body).toContain('Moderaterna');
		expect(body).not.toContain('<form');
		expect(body).not.toContain('<details');
		expect(body).not.toContain('?add=steering');
	});

	it('offers editors an add link per group and a confirmed removal per row', () => {
		const { body } = render(Page, { props: { data: data({ canEdit: true }), form: null } as never });
		expect(body).toContain('?add=steering#governance-form');
		expect(body).toContain('?add=project#governance-form');
		expect(body).toContain('?add=executor#governance-form');
		expect(body.match(/<details/g)).toHaveLength(3);
		expect(body).toContain('Ta bort Karin Ljungberg ur styrgruppen?');
		// Links and buttons name their row for screen readers: "Ändra Karin Ljungberg", not "ÄndraKarin…".
		expect(body).toContain('Ändra<span class="visually-hidden"> Karin Ljungberg</span>');
		expect(body).toContain('Ta bort<span class="visually-hidden"> Karin Ljungberg</span>');
	});

	it('opens one form at a time, filled with the row being edited, every id unique', () => {
		const panel: Panel = { mode: 'edit', group: 'steering', id: chairId };
		const { body } = render(Page, { props: { data: data({ canEdit: true, panel }), form: null } as never });
		expect(body).toContain(`action="?edit=${chairId}&amp;/updateSteering"`);
		expect(body).toMatch(/name="name"[^>]*value="Karin Ljungberg"|value="Karin Ljungberg"[^>]*name="name"/);
		expect(body).toMatch(/<option value="chair" selected/);
		expect(body).toMatch(/type="checkbox"[^>]*checked/);
		expect(body.match(/<form/g)).toHaveLength(4);
		const all = ids(body);
		expect(new Set(all).size).toBe(all.length);
	});

	it('puts back what was typed, with each problem next to its field', () => {
		const panel: Panel = { mode: 'add', group: 'executor' };
		const form = {
			errors: { organisationId: 'Välj en organisation.', tasks: 'Skriv texten på minst ett språk.' },
			values: { organisationId: '', 'tasks.en': '', which: 'executor-add' }
		};
		const { body } = render(Page, { props: { data: data({ canEdit: true, panel }), form } as never });
		expect(body).toContain('role="alert"');
		expect(body).toContain('href="#field-organisationId"');
		// The executor is searched by name (no list of every organisation); the search works without JavaScript.
		expect(body).toMatch(/<input id="field-organisationId" name="organisationQuery" type="search"/);
		expect(body).toContain('<input type="hidden" name="organisationId" value=""');
		const all = ids(body);
		expect(new Set(all).size).toBe(all.length);
	});
});
