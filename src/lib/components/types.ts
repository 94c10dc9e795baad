import type { TranslatedText } from '$lib/i18n/translated';
import type { Phase } from '$lib/labels';

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

export type FilterField = {
	name: string;
	label: string;
	anyLabel: string;
	options: SelectOption[];
	selected: string;
};

export type Crumb = { label: string; href?: string; lang?: string };
