import { m } from '$lib/paraglide/messages';

/**
 * What an erasure keeps because a law requires it (GDPR art. 17(3)(b) and (e)), each with its reason.
 * The erasure confirmation and the privacy page show this list; everything else about the person goes.
 * What is kept names the person only by their pseudonym.
 */
export const keptCategories = [
	{ key: 'audit_trail', label: m.privacy_kept_audit_label, reason: m.privacy_kept_audit_reason },
	{ key: 'call_answers', label: m.privacy_kept_answers_label, reason: m.privacy_kept_answers_reason },
	{ key: 'group_seats', label: m.privacy_kept_seats_label, reason: m.privacy_kept_seats_reason },
	{ key: 'reports_payments', label: m.privacy_kept_reports_label, reason: m.privacy_kept_reports_reason }
] as const;

export type KeptCategory = { key: string; label: string; reason: string };

/** The kept categories in the reader's language. */
export function keptList(): KeptCategory[] {
	return keptCategories.map((c) => ({ key: c.key, label: c.label(), reason: c.reason() }));
}
