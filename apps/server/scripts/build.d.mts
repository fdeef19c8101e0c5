export declare const SERVER_DIR: string;
export declare const REPO_DIR: string;
export declare const DIST_DIR: string;
export declare const STAMP: string;
export declare function buildServer(): Promise<void>;
