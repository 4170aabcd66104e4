// What other features may use of obstacles.
export type { Obstacle } from './queries.ts';
