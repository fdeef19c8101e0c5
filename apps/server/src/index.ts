export { type App, type AppConfig, type BuildAppOptions, buildApp, SESSION_COOKIE } from "./app";
export type { ExportQuery } from "./http/exports";
export type { ImportLine } from "./http/imports";
export type { ImportKindName } from "./imports";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";
export type { CrimeArea } from "./routers/crime-areas";
export type { ErrorData, FieldErrors } from "./trpc";
