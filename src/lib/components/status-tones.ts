import type { ExpressionStatus, Phase, ProfileStatus } from '$lib/labels';
import type { CallSummary } from './types';

type CallState = CallSummary['state'];

/**
 * The badge colours (see `.badge-*` in components.css), each dark text on its own light ground with
 * at least 6.3:1 contrast. A status names its meaning here, once, so that "withdrawn" looks the
 * same for an answer and a profile, and a new status is one line.
 */
export type Tone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'accent' | 'danger';

export const tones: readonly Tone[] = ['neutral', 'info', 'progress', 'success', 'warning', 'accent', 'danger'];

export const phaseTone: Record<Phase, Tone> = {
	application: 'progress',
	inception: 'info',
	project: 'success',
	expansion: 'warning',
	dissemination: 'accent',
	completed: 'neutral',
	terminated: 'danger'
};

export const callStateTone: Record<CallState, Tone> = { upcoming: 'info', open: 'success', closed: 'neutral' };

export const expressionStatusTone: Record<ExpressionStatus, Tone> = {
	draft: 'neutral',
	submitted: 'info',
	under_review: 'progress',
	shortlisted: 'accent',
	matched: 'success',
	declined: 'danger',
	withdrawn: 'neutral'
};

export const profileStatusTone: Record<ProfileStatus, Tone> = {
	draft: 'neutral',
	published: 'success',
	withdrawn: 'neutral'
};
