import { m } from '$lib/paraglide/messages';

// What an audit action ("<subject>.<verb>" or "<subject>.<thing>_<verb>") is called in the reader's
// language. Other modules add actions as they grow: a known thing and verb read naturally, anything else
// still reads as words rather than as a code.

const things: Record<string, () => string> = {
	partnership: m.history_thing_partnership,
	plan: m.history_thing_plan,
	phase: m.history_thing_phase,
	party: m.history_thing_party,
	steering_member: m.history_thing_steering_member,
	project_member: m.history_thing_project_member,
	executor: m.history_thing_executor,
	partnership_result: m.history_thing_result,
	result: m.history_thing_result,
	result_indicator: m.history_thing_indicator,
	indicator: m.history_thing_indicator,
	indicator_period: m.history_thing_period,
	period: m.history_thing_period,
	organisation: m.history_thing_organisation,
	network: m.history_thing_network,
	programme: m.history_thing_programme,
	theme: m.history_thing_theme,
	network_expert: m.history_thing_network_expert,
	expert: m.history_thing_network_expert,
	invitation: m.history_thing_invitation,
	api_token: m.history_thing_api_token,
	membership: m.history_thing_membership,
	call: m.history_thing_call,
	expression: m.history_thing_expression,
	expression_review: m.history_thing_expression_review,
	expression_note: m.history_thing_expression_note,
	partner_profile: m.history_thing_partner_profile,
	match: m.history_thing_match,
	person: m.history_thing_person
};

const verbs: Record<string, (p: { thing: string }) => string> = {
	created: m.history_verb_created,
	added: m.history_verb_added,
	invited: m.history_verb_added,
	updated: m.history_verb_updated,
	changed: m.history_verb_updated,
	edited: m.history_verb_updated,
	removed: m.history_verb_removed,
	deleted: m.history_verb_removed,
	revoked: m.history_verb_revoked,
	published: m.history_verb_published,
	unpublished: m.history_verb_unpublished
};

/** "steering_member" → "Steering member" for things no label names yet. */
function words(code: string): string {
	const text = code.replace(/[._]+/g, ' ').trim();
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A kind of record (an audit subject type) in the reader's language. */
export function subjectLabel(subjectType: string): string {
	return things[subjectType]?.() ?? words(subjectType);
}

/** Actions whose verb reads badly as "<thing> <verb>" in some language, named whole. */
const whole: Record<string, () => string> = {
	'expression.status_changed': m.history_action_expression_status_changed,
	'expression_review.saved': m.history_action_expression_review_saved,
	'match.accepted': m.history_action_match_accepted,
	'invitation.accepted': m.history_action_invitation_accepted,
	'invitation.resent': m.history_action_invitation_resent,
	'partner_profile.withdrawn': m.history_action_profile_withdrawn,
	'person.erased': m.history_action_person_erased
};

/** Whether an action has a name of its own, rather than its code read as words. */
export function isNamedAction(action: string): boolean {
	if (whole[action]) return true;
	const { thing, verb } = partsOf(action);
	return !!verbs[verb] && !!things[thing];
}

function partsOf(action: string): { thing: string; verb: string } {
	const [subject = '', rest = ''] = action.split(/\.(.*)/s);
	const parts = rest.split('_');
	return { verb: parts.at(-1) ?? '', thing: parts.length > 1 ? parts.slice(0, -1).join('_') : subject };
}

/** An audit action in the reader's language: "Steering group member added", "Fas ändrades", … */
export function actionLabel(action: string): string {
	const named = whole[action];
	if (named) return named();
	const { thing, verb } = partsOf(action);
	const say = verbs[verb];
	if (!say || !thing) return m.history_action_other({ action: words(action) });
	return say({ thing: things[thing]?.() ?? words(thing) });
}
