/** Null when dist/ is up to date, else why it is not. */
export declare function staleness(): string | null;
