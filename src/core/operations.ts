/**
 * A counter of the engine's unit operations (a name normalised, two records compared, two issues
 * compared while sorting). Incrementing a number costs nothing; it lets a test show that the rules
 * grow linearly with the rows (test/core/rules/complexity.test.ts) by counting, not by timing.
 */
export const operations = { count: 0 };
