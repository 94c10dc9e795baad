import { m } from '$lib/paraglide/messages';
import type { SignInEventKind } from '$lib/server/db/schema';

const kindLabels: Record<SignInEventKind, () => string> = {
	signed_in: m.security_event_signed_in,
	sign_in_failed: m.security_event_sign_in_failed,
	two_factor_failed: m.security_event_two_factor_failed,
	recovery_code_used: m.security_event_recovery_code_used,
	password_reset: m.security_event_password_reset,
	password_changed: m.security_event_password_changed,
	session_ended: m.security_event_session_ended,
	two_factor_enabled: m.security_event_two_factor_enabled,
	two_factor_disabled: m.security_event_two_factor_disabled,
	recovery_codes_renewed: m.security_event_recovery_codes_renewed
};

const detailLabels: Record<string, () => string> = {
	signed_out: m.security_event_detail_signed_out,
	ended: m.security_event_detail_ended,
	ended_others: m.security_event_detail_ended_others,
	idle: m.security_event_detail_idle,
	two_factor: m.security_event_detail_two_factor,
	app: m.security_event_detail_app,
	recovery: m.security_event_detail_recovery
};

/** A sign-in event as a person reads it: what happened, and more about it when there is more. */
export function signInEventLabel(kind: SignInEventKind, detail: string | null): { what: string; more: string | null } {
	return { what: kindLabels[kind](), more: detail ? (detailLabels[detail]?.() ?? null) : null };
}

/** Every kind with its label, for staff's filter. */
export function signInEventKindOptions(): { value: SignInEventKind; label: string }[] {
	return (Object.keys(kindLabels) as SignInEventKind[]).map((value) => ({ value, label: kindLabels[value]() }));
}
