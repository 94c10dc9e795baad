import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { partnershipPhases } from '$lib/server/db/schema';
import { optional, translatedText, wholeNumber } from '$lib/server/validation';
import { countryCode } from '../countries/schemas';
import { datesInOrder } from './rules';

const isoDate = z.iso.date({ error: () => m.validation_date() });
const theme = z.uuid({ error: () => m.validation_choose_theme() });
const network = z.uuid({ error: () => m.validation_choose_network() });

export const partnershipInput = z
	.object({
		programmeId: z.uuid({ error: () => m.validation_choose_programme() }),
		themeId: theme,
		networkId: optional(network),
		title: translatedText({ max: 200, required: true }),
		challenge: translatedText({ max: 10_000 }),
		phase: z.enum(partnershipPhases, { error: () => m.validation_choose_phase() }).default('application'),
		startDate: optional(isoDate),
		endDate: optional(isoDate),
		partyIds: z
			.array(z.uuid({ error: () => m.validation_choose_parties() }), { error: () => m.validation_choose_parties() })
			.max(10),
		slug: optional(
			z
				.string()
				.trim()
				.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => m.admin_slug_format() })
				.max(80, { error: () => m.admin_slug_format() })
		)
	})
	.refine((p) => datesInOrder(p.startDate, p.endDate), {
		path: ['endDate'],
		error: () => m.validation_end_date_before_start()
	});

export type PartnershipInput = z.input<typeof partnershipInput>;
/** A partnership's input once parsed: what insertPartnership takes. */
export type PartnershipData = z.output<typeof partnershipInput>;

/**
 * Query parameters of the public list and of GET /api/v1/partnerships (its OpenAPI parameters are
 * generated from this schema). Unknown parameters are dropped; an empty one means "not given".
 */
export const partnershipListQuery = z.object({
	network: optional(z.string().trim().max(80)),
	theme: optional(z.string().trim().max(80)),
	country: optional(countryCode),
	page: wholeNumber({ min: 1, max: 10_000, fallback: 1 }),
	limit: wholeNumber({ min: 1, max: 100, fallback: 20 })
});

const clearableDate = z
	.union([isoDate, z.null(), z.literal('').transform(() => null)], { error: () => m.validation_date() })
	.optional();
const clearableId = z
	.union([network, z.null(), z.literal('').transform(() => null)], { error: () => m.validation_choose_network() })
	.optional();

/**
 * What the parties and staff may change of a partnership (PATCH semantics): a field left out stays as it
 * is; an empty or null date or network clears it. Dates are checked in order against the stored ones
 * by the use case, since either may be left out.
 */
export const partnershipUpdateInput = z.object({
	title: translatedText({ max: 200, required: true }).optional(),
	challenge: translatedText({ max: 10_000 }).unwrap().optional(),
	startDate: clearableDate,
	endDate: clearableDate,
	themeId: theme.optional(),
	networkId: clearableId
});

export type PartnershipUpdateInput = z.input<typeof partnershipUpdateInput>;

/** A move to another phase; a reason is required when terminating (checked by the use case). */
export const phaseMoveInput = z.object({
	to: z.enum(partnershipPhases, { error: () => m.phase_move_error_choose() }),
	reason: optional(
		z
			.string()
			.trim()
			.max(1000, { error: () => m.phase_move_error_reason_too_long() })
	)
});

export type PhaseMoveInput = z.input<typeof phaseMoveInput>;

/** An organisation to add to, or remove from, a partnership's parties. */
export const partyChangeInput = z.object({
	organisationId: z.uuid({ error: () => m.partnership_party_error_choose() })
});

export type PartyChangeInput = z.input<typeof partyChangeInput>;

/** Staff publish a partnership ahead of the programme's rule, or take the publication back. */
export const publicationInput = z.object({
	// Forms send "true"/"false"; the API a boolean.
	published: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
		error: () => m.partnership_publish_error_choose()
	})
});

export type PublicationInput = z.input<typeof publicationInput>;
