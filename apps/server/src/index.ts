export { type App, type AppConfig, type BuildAppOptions, buildApp, SESSION_COOKIE } from "./app";
export type { ImportLine } from "./http/imports";
export type { AppRouter } from "./root";
export type { CrimeArea } from "./routers/crime-areas";
export type { ErrorData, FieldErrors } from "./trpc";
