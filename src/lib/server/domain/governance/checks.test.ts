import { describe, expect, it } from 'vitest';
import { governanceWarnings, type ProjectSeat, type SteeringSeat } from './checks';

const majority = (organisationId: string, role: SteeringSeat['role'] = 'member'): SteeringSeat => ({
	organisationId,
	standing: 'majority',
	role
});
const opposition = (organisationId: string, role: SteeringSeat['role'] = 'member'): SteeringSeat => ({
	organisationId,
	standing: 'opposition',
	role
});
const official = (organisationId: string): ProjectSeat => ({ organisationId, role: 'member' });

describe('governanceWarnings', () => {
	it('asks for everything of a partnership without groups, side by side, then the chair', () => {
		expect(governanceWarnings(['se', 'za'], [], [])).toEqual([
			{ code: 'steering_majority_missing', organisationId: 'se' },
			{ code: 'steering_opposition_missing', organisationId: 'se' },
			{ code: 'project_group_side_missing', organisationId: 'se' },
			{ code: 'steering_majority_missing', organisationId: 'za' },
			{ code: 'steering_opposition_missing', organisationId: 'za' },
			{ code: 'project_group_side_missing', organisationId: 'za' },
			{ code: 'steering_chair_missing' }
		]);
	});

	it('is empty once both sides have majority, opposition, an official, and there is a chair', () => {
		const steering = [majority('se', 'chair'), opposition('se'), majority('za'), opposition('za', 'vice_chair')];
		expect(governanceWarnings(['se', 'za'], steering, [official('se'), official('za')])).toEqual([]);
	});

	it('names the side that lacks the opposition, and only that side', () => {
		const steering = [majority('se', 'chair'), opposition('se'), majority('za')];
		expect(governanceWarnings(['se', 'za'], steering, [official('se'), official('za')])).toEqual([
			{ code: 'steering_opposition_missing', organisationId: 'za' }
		]);
	});

	it('names the side that lacks the majority', () => {
		const steering = [opposition('se', 'chair'), majority('za'), opposition('za')];
		expect(governanceWarnings(['se', 'za'], steering, [official('se'), official('za')])).toEqual([
			{ code: 'steering_majority_missing', organisationId: 'se' }
		]);
	});

	it('does not count one side’s politicians for the other', () => {
		const steering = [majority('se', 'chair'), opposition('se'), majority('se'), opposition('se')];
		const warnings = governanceWarnings(['se', 'za'], steering, [official('se'), official('za')]);
		expect(warnings).toEqual([
			{ code: 'steering_majority_missing', organisationId: 'za' },
			{ code: 'steering_opposition_missing', organisationId: 'za' }
		]);
	});

	it('asks for an official from a side with none in the project group', () => {
		const steering = [majority('se', 'chair'), opposition('se'), majority('za'), opposition('za')];
		expect(governanceWarnings(['se', 'za'], steering, [official('se'), official('se')])).toEqual([
			{ code: 'project_group_side_missing', organisationId: 'za' }
		]);
	});

	it('asks for a chair while nobody chairs, and stops once someone does', () => {
		const steering = [majority('se', 'vice_chair'), opposition('se'), majority('za'), opposition('za')];
		const project = [official('se'), official('za')];
		expect(governanceWarnings(['se', 'za'], steering, project)).toEqual([{ code: 'steering_chair_missing' }]);
		expect(governanceWarnings(['se', 'za'], [...steering.slice(1), majority('se', 'chair')], project)).toEqual([]);
	});

	it('checks every side of a three-party partnership, as Ale – Ghanzi – Budești', () => {
		const parties = ['ale', 'ghanzi', 'budesti'];
		const steering = [majority('ale', 'chair'), opposition('ale'), majority('ghanzi'), opposition('ghanzi')];
		const project = [official('ale'), official('ghanzi')];
		expect(governanceWarnings(parties, steering, project)).toEqual([
			{ code: 'steering_majority_missing', organisationId: 'budesti' },
			{ code: 'steering_opposition_missing', organisationId: 'budesti' },
			{ code: 'project_group_side_missing', organisationId: 'budesti' }
		]);
		const fixed = governanceWarnings(
			parties,
			[...steering, majority('budesti'), opposition('budesti')],
			[...project, official('budesti')]
		);
		expect(fixed).toEqual([]);
	});

	it('ignores seats of organisations that are not parties', () => {
		const steering = [majority('se', 'chair'), opposition('se'), majority('za'), opposition('za')];
		const project = [official('se'), official('za'), official('elsewhere')];
		expect(governanceWarnings(['se', 'za'], [...steering, majority('elsewhere')], project)).toEqual([]);
	});
});
