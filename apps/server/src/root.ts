import type { HTTP_PERMISSIONS, Permission } from "@tbc/types";
import type { AnyProcedure, inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { agenciesRouter } from "./routers/agencies";
import { aliasesRouter } from "./routers/aliases";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { channelsRouter } from "./routers/channels";
import { countriesRouter } from "./routers/countries";
import { crimeAreasRouter } from "./routers/crime-areas";
import { engagementRouter } from "./routers/engagement";
import { importsRouter } from "./routers/imports";
import { liveRouter } from "./routers/live";
import { operationsRouter } from "./routers/operations";
import { outcomesRouter } from "./routers/outcomes";
import { overviewRouter } from "./routers/overview";
import { postsRouter } from "./routers/posts";
import { seizuresRouter } from "./routers/seizures";
import { usersRouter } from "./routers/users";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  agencies: agenciesRouter,
  aliases: aliasesRouter,
  countries: countriesRouter,
  operations: operationsRouter,
  seizures: seizuresRouter,
  crimeAreas: crimeAreasRouter,
  imports: importsRouter,
  overview: overviewRouter,
  outcomes: outcomesRouter,
  engagement: engagementRouter,
  channels: channelsRouter,
  posts: postsRouter,
  users: usersRouter,
  audit: auditRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;

/** `createCaller(ctx)` calls procedures directly (tests, scripts); see createContextInner. */
export const createCaller = createCallerFactory(appRouter);

/** Every procedure's input and output, for the dashboard (`RouterOutputs["overview"]["kpis"]`). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

type PathsOf<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends AnyProcedure ? `${Prefix}${K}` : PathsOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every procedure's dotted name ("overview.kpis"), read from the router itself. */
export type ProcedurePath = PathsOf<AppRouter["_def"]["record"]>;

type Unlisted = Exclude<ProcedurePath, Permission>;
type Stale = Exclude<Exclude<Permission, (typeof HTTP_PERMISSIONS)[number]>, ProcedurePath>;

/**
 * PERMISSIONS (@tbc/types) names procedures as strings; this makes the compiler hold it to the
 * router: a procedure missing from it, or an entry naming no procedure, fails `pnpm check` here
 * (the middleware refuses an unlisted procedure at run time as well).
 */
export const PERMISSIONS_MATCH_ROUTER: [Unlisted, Stale] extends [never, never]
  ? true
  : { unlisted: Unlisted; stale: Stale } = true;
