import { networksOperations } from '../domain/networks/api/operations';
import { organisationsOperations } from '../domain/organisations/api/operations';
import { callsOperations } from '../domain/calls/api/operations';
import { expressionsOperations } from '../domain/expressions/api/operations';
import { matchmakingOperations } from '../domain/matchmaking/api/operations';
import { profilesOperations } from '../domain/profiles/api/operations';
import { reviewsOperations } from '../domain/reviews/api/operations';
import { governanceOperations } from '../domain/governance/api/operations';
import { partnershipsOperations } from '../domain/partnerships/api/operations';
import { planOperations } from '../domain/plan/api/operations';
import { tokensOperations } from '../domain/tokens/api/operations';
import type { Operation } from './operation';

/** Every signed-in endpoint of /api/v1, one file per module. */
export const operations: Operation[] = [
	...partnershipsOperations,
	...governanceOperations,
	...planOperations,
	...organisationsOperations,
	...networksOperations,
	...tokensOperations,
	...callsOperations,
	...profilesOperations,
	...expressionsOperations,
	...reviewsOperations,
	...matchmakingOperations
];
