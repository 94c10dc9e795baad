import {
	executorChanges,
	executorInput,
	projectMemberChanges,
	projectMemberInput,
	steeringMemberChanges,
	steeringMemberInput
} from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const base = '/api/v1/partnerships/{id}';
const id = { id: "The partnership's id (uuid)." };
const member = { ...id, memberId: "The member's id (uuid)." };
const executor = { ...id, executorId: "The executor's id (uuid)." };
const editors =
	'Staff and coordinators of any party (for either side); members of a party get 403, others 404. Recorded in the partnership’s history.';

export const governanceOperations: Operation[] = [
	{
		method: 'get',
		path: `${base}/governance`,
		operationId: 'getGovernance',
		summary: 'The steering group, project group, executors and open governance warnings',
		description: 'For staff and the people of its parties; others get 404.',
		pathParameters: id,
		response: 'GovernanceDocument',
		errors: [404]
	},
	{
		method: 'get',
		path: `${base}/steering-group`,
		operationId: 'listSteeringMembers',
		summary: 'The politicians of the steering group',
		pathParameters: id,
		response: 'SteeringMemberList',
		errors: [404]
	},
	{
		method: 'post',
		path: `${base}/steering-group`,
		operationId: 'addSteeringMember',
		summary: 'Add a politician to the steering group',
		description: `The side must be a party of the partnership; a second chair is refused (field \`role\`). ${editors}`,
		pathParameters: id,
		body: steeringMemberInput,
		response: 'SteeringMemberDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'patch',
		path: `${base}/steering-group/{memberId}`,
		operationId: 'updateSteeringMember',
		summary: 'Change a steering group member',
		description: `Only the fields sent change; an empty or null \`email\` clears it. ${editors}`,
		pathParameters: member,
		body: steeringMemberChanges,
		response: 'SteeringMemberDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'delete',
		path: `${base}/steering-group/{memberId}`,
		operationId: 'removeSteeringMember',
		summary: 'Remove a politician from the steering group',
		description: editors,
		pathParameters: member,
		response: null,
		status: 204,
		errors: [403, 404, 409]
	},
	{
		method: 'get',
		path: `${base}/project-group`,
		operationId: 'listProjectMembers',
		summary: 'The officials of the project group',
		pathParameters: id,
		response: 'ProjectMemberList',
		errors: [404]
	},
	{
		method: 'post',
		path: `${base}/project-group`,
		operationId: 'addProjectMember',
		summary: 'Add an official to the project group',
		description: `The side must be a party of the partnership. ${editors}`,
		pathParameters: id,
		body: projectMemberInput,
		response: 'ProjectMemberDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'patch',
		path: `${base}/project-group/{memberId}`,
		operationId: 'updateProjectMember',
		summary: 'Change a project group member',
		description: `Only the fields sent change; an empty or null \`email\` or \`title\` clears it. ${editors}`,
		pathParameters: member,
		body: projectMemberChanges,
		response: 'ProjectMemberDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'delete',
		path: `${base}/project-group/{memberId}`,
		operationId: 'removeProjectMember',
		summary: 'Remove an official from the project group',
		description: editors,
		pathParameters: member,
		response: null,
		status: 204,
		errors: [403, 404, 409]
	},
	{
		method: 'get',
		path: `${base}/executors`,
		operationId: 'listExecutors',
		summary: 'The organisations that carry out parts of the project',
		pathParameters: id,
		response: 'ExecutorList',
		errors: [404]
	},
	{
		method: 'post',
		path: `${base}/executors`,
		operationId: 'addExecutor',
		summary: 'Add an executor',
		description: `The organisation must exist, not be a party, and not be an executor already (field \`organisationId\`). ${editors}`,
		pathParameters: id,
		body: executorInput,
		response: 'ExecutorDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'patch',
		path: `${base}/executors/{executorId}`,
		operationId: 'updateExecutor',
		summary: "Rewrite an executor's tasks",
		description: `The organisation stays; to change it, remove the executor and add another. ${editors}`,
		pathParameters: executor,
		body: executorChanges,
		response: 'ExecutorDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'delete',
		path: `${base}/executors/{executorId}`,
		operationId: 'removeExecutor',
		summary: 'Remove an executor',
		description: editors,
		pathParameters: executor,
		response: null,
		status: 204,
		errors: [403, 404, 409]
	}
];
