import { m } from '$lib/paraglide/messages';
import type { RetentionDays } from './settings';

/**
 * Where Glokal keeps personal data, by category: what it is, why (legal basis), who sees it and for how
 * long. The privacy page shows this map; decision 0018 explains it. Each category lists its tables, so
 * that a new table holding personal data has an obvious place to be added (and export-data.ts,
 * erase-person.ts and retention.ts to be extended).
 */
export const personalDataMap = [
	{
		key: 'account',
		tables: ['users', 'accounts', 'memberships', 'api_tokens', 'verifications', 'erased_people'],
		what: m.privacy_map_account_what,
		why: m.privacy_map_account_why,
		who: m.privacy_map_account_who,
		kept: (r: RetentionDays) => m.privacy_map_account_kept({ days: r.unverifiedAccountDays })
	},
	{
		key: 'security',
		tables: ['sessions', 'sign_in_events', 'two_factors', 'rate_limits'],
		what: m.privacy_map_security_what,
		why: m.privacy_map_security_why,
		who: m.privacy_map_security_who,
		kept: (r: RetentionDays) => m.privacy_map_security_kept({ days: r.signInEventDays })
	},
	{
		key: 'governance',
		tables: ['steering_group_members', 'project_group_members'],
		what: m.privacy_map_governance_what,
		why: m.privacy_map_governance_why,
		who: m.privacy_map_governance_who,
		kept: () => m.privacy_map_governance_kept()
	},
	{
		key: 'experts',
		tables: ['network_experts'],
		what: m.privacy_map_experts_what,
		why: m.privacy_map_experts_why,
		who: m.privacy_map_experts_who,
		kept: () => m.privacy_map_experts_kept()
	},
	{
		key: 'answers',
		tables: [
			'expressions_of_interest',
			'expression_status_changes',
			'expression_reviews',
			'expression_notes',
			'matches'
		],
		what: m.privacy_map_answers_what,
		why: m.privacy_map_answers_why,
		who: m.privacy_map_answers_who,
		kept: (r: RetentionDays) => m.privacy_map_answers_kept({ days: r.unverifiedAnswerDays })
	},
	{
		key: 'invitations',
		tables: ['invitations'],
		what: m.privacy_map_invitations_what,
		why: m.privacy_map_invitations_why,
		who: m.privacy_map_invitations_who,
		kept: (r: RetentionDays) => m.privacy_map_invitations_kept({ days: r.invitationDays })
	},
	{
		key: 'audit',
		tables: ['audit_events', 'partnership_phase_changes', 'calls', 'partner_profiles'],
		what: m.privacy_map_audit_what,
		why: m.privacy_map_audit_why,
		who: m.privacy_map_audit_who,
		kept: () => m.privacy_map_audit_kept()
	},
	{
		key: 'mail',
		tables: ['DATA_DIR/outbox'],
		what: m.privacy_map_mail_what,
		why: m.privacy_map_mail_why,
		who: m.privacy_map_mail_who,
		kept: (r: RetentionDays) => m.privacy_map_mail_kept({ days: r.outboxDays })
	}
] as const;

/** The map in the reader's language, with the periods of `retention`. */
export function presentDataMap(retention: RetentionDays) {
	return personalDataMap.map((c) => ({
		key: c.key,
		what: c.what(),
		why: c.why(),
		who: c.who(),
		kept: c.kept(retention)
	}));
}
