import type { Operation } from './types';

export const reviewsOperations: Operation[] = [];
