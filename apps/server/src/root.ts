import { agenciesRouter } from "./routers/agencies";
import { analyticsRouter } from "./routers/analytics";
import { authRouter } from "./routers/auth";
import { countriesRouter } from "./routers/countries";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  agencies: agenciesRouter,
  countries: countriesRouter,
  analytics: analyticsRouter,
});

export type AppRouter = typeof appRouter;

/** `createCaller(ctx)` calls procedures directly (tests, scripts); see createContextInner. */
export const createCaller = createCallerFactory(appRouter);
