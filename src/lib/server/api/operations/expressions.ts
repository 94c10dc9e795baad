import type { Operation } from './types';

export const expressionsOperations: Operation[] = [];
