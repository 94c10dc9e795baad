import type { TranslatedText } from '$lib/i18n/translated';
import type { CallKind, Phase } from '$lib/labels';

// What the public components need to show; load functions produce these shapes.

export type Country = { code: string; name: string };

export type PartyView = { slug: string; name: string; countryCode: string; countryName: string; kind: string };

export type PartnershipRow = {
	slug: string;
	title: TranslatedText;
	phase: Phase;
	startDate: string | null;
	endDate: string | null;
	theme: { slug: string; name: TranslatedText };
	network: { slug: string; name: TranslatedText } | null;
	parties: PartyView[];
};

export type NetworkView = {
	slug: string;
	name: TranslatedText;
	description: TranslatedText;
	startYear: number;
	endYear: number;
	theme: { slug: string; name: TranslatedText };
	countries: Country[];
	partnershipCount: number;
};

export type SelectOption = { value: string; label: string; lang?: string };

/**
 * A choice among options (a select), with `type: 'search'` a text to look for, or with `type: 'date'`
 * a day (a range is two of these: from and to). `hint` says what the field takes.
 */
export type FilterField =
	| {
			type?: 'select';
			name: string;
			label: string;
			hint?: string;
			anyLabel: string;
			options: SelectOption[];
			selected: string;
	  }
	| { type: 'search' | 'date'; name: string; label: string; hint?: string; value: string };

export type Crumb = { label: string; href?: string; lang?: string };

/** A call that takes answers now (`open`) or soon (`upcoming`): what CallCards shows. */
export type CallSummary = {
	slug: string;
	kind: CallKind;
	title: TranslatedText;
	state: 'upcoming' | 'open' | 'closed';
	opensAt: Date | string;
	closesAt: Date | string;
};

/** One organisation in the public directory. */
export type OrganisationRow = {
	slug: string;
	name: string;
	kind: string;
	countryName: string;
	subdivision: string | null;
};
