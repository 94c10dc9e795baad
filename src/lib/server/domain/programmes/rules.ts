/** A programme's rules, as stored per programme (defaults: the municipal partnership programme's). */
export type ProgrammeRules = {
	minMeetingsPerYear: number;
	projectMinYears: number;
	projectMaxYears: number;
	fundedConferenceParticipants: number;
};

export const defaultRules: ProgrammeRules = {
	minMeetingsPerYear: 2,
	projectMinYears: 1,
	projectMaxYears: 3,
	fundedConferenceParticipants: 2
};
