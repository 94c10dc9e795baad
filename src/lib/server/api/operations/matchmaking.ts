import type { Operation } from './types';

export const matchmakingOperations: Operation[] = [];
