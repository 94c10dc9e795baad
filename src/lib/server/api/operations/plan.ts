import type { Operation } from './types';

export const planOperations: Operation[] = [];
