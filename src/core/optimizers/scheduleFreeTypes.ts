/**
 * Optimizers whose weights hold y while training and which schedule their own LR (schedulefree.ts). Kept free of
 * tfjs imports: the config validator (host side) needs the list, not the optimizers.
 */
export const SCHEDULE_FREE_TYPES: readonly string[] = Object.freeze(['schedule_free_adamw', 'schedule_free_sgd']);
