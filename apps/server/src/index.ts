export { type App, type AppConfig, type BuildAppOptions, buildApp, SESSION_COOKIE } from "./app";
export type { AppRouter } from "./root";
export type { ErrorData, FieldErrors } from "./trpc";
