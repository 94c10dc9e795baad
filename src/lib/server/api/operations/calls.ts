import type { Operation } from './types';

export const callsOperations: Operation[] = [];
