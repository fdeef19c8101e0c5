export { type App, type AppConfig, type BuildAppOptions, buildApp, SESSION_COOKIE } from "./app";
export type { ExportQuery } from "./http/exports";
export type { ImportLine } from "./http/imports";
export type { ImportKindName } from "./imports";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";
export type { Channel } from "./routers/channels";
export type { CrimeArea } from "./routers/crime-areas";
export type { AnnouncementMarker, SeriesInput } from "./routers/engagement";
export type { ErrorData, FieldErrors } from "./trpc";
