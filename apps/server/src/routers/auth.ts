import {
  changeOwnPassword,
  createSession,
  endSessions,
  listSessions,
  type NewSession,
  setUserLocale,
  signIn,
  signOut,
} from "@tbc/db";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type DemoInfo,
  formatMessage,
  type SessionInfo,
  type SessionUser,
  ZChangePasswordInput,
  ZEndOwnSessionInput,
  ZLoginInput,
  ZSetLocaleInput,
} from "@tbc/types";
import { actorOf, type Context, codedError, protectedProcedure, publicProcedure, router } from "../trpc";

/** The same words for an unknown email and a wrong password, so that accounts cannot be probed. */
export const LOGIN_FAILED_MESSAGE = formatMessage("account.login_failed");

const setSessionCookie = (ctx: Context, session: NewSession) =>
  ctx.cookies.set(session.token, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));

export const authRouter = router({
  /**
   * Signs in: a new session and cookie; the session this browser had ends (token rotation). Too many
   * failures from one address, or on one account from one address → TOO_MANY_REQUESTS (429) saying
   * when to try again (src/http/sign-in-limits.ts).
   */
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }): Promise<SessionUser> => {
    const refusal = await ctx.signInLimits.check(input.email);
    if (refusal) throw codedError("TOO_MANY_REQUESTS", refusal.code, refusal.params);
    const result = await signIn(ctx.db, {
      email: input.email,
      password: input.password,
      previousToken: ctx.sessionToken,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    if (!result) {
      await ctx.signInLimits.failed(input.email);
      ctx.log.info({ email: input.email, ip: ctx.ip }, "Login failed");
      throw codedError("UNAUTHORIZED", "account.login_failed");
    }
    await ctx.signInLimits.succeeded(input.email);
    setSessionCookie(ctx, result.session);
    ctx.log.info({ userId: result.user.id, role: result.user.role, ip: ctx.ip }, "Login");
    return result.user;
  }),

  /** Ends the session on the server (audited) and clears the cookie; harmless when not signed in. */
  logout: publicProcedure.mutation(async ({ ctx }): Promise<{ ok: true }> => {
    if (ctx.sessionToken) await signOut(ctx.db, ctx.sessionToken, actorOf(ctx));
    ctx.cookies.clear();
    return { ok: true };
  }),

  /** The signed-in user, or null. */
  me: publicProcedure.query(({ ctx }): SessionUser | null => ctx.user),

  /** What the login page may announce. Accounts and password only in demo mode. */
  demo: publicProcedure.query(({ ctx }): DemoInfo => {
    if (!ctx.demo) return { enabled: false, accounts: [], password: null };
    return {
      enabled: true,
      accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })),
      password: DEMO_PASSWORD,
    };
  }),

  /**
   * Changes one's own password: `current` must be right (else BAD_REQUEST on `current`), `next` must
   * pass the policy (else on `next`). Every session of the user ends, and this browser gets a new one.
   */
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .mutation(async ({ ctx, input }): Promise<{ ok: true }> => {
      await changeOwnPassword(ctx.db, ctx.user.id, input.current, input.next, actorOf(ctx));
      setSessionCookie(ctx, await createSession(ctx.db, ctx.user.id, ctx));
      ctx.log.info({ userId: ctx.user.id, ip: ctx.ip }, "Password changed; other sessions ended");
      return { ok: true };
    }),

  /** One's own live sessions, newest first; `current` marks this browser's. */
  sessions: protectedProcedure.query(
    ({ ctx }): Promise<SessionInfo[]> => listSessions(ctx.db, ctx.user.id, ctx.sessionToken),
  ),

  /** Ends one of one's own sessions (another's → NOT_FOUND); ending this one signs out. */
  endSession: protectedProcedure
    .input(ZEndOwnSessionInput)
    .mutation(async ({ ctx, input }): Promise<{ ended: number }> => {
      const current = (await listSessions(ctx.db, ctx.user.id, ctx.sessionToken)).find((s) => s.current);
      const result = await endSessions(ctx.db, ctx.user.id, input.id, actorOf(ctx));
      if (current?.id === input.id) ctx.cookies.clear();
      return result;
    }),

  /**
   * The dashboard's language for one's own profile (one of LOCALES; another code is BAD_REQUEST on
   * `locale`): every browser the user signs in to then opens in it.
   */
  setLocale: protectedProcedure
    .input(ZSetLocaleInput)
    .mutation(async ({ ctx, input }): Promise<{ ok: true }> => {
      await setUserLocale(ctx.db, ctx.user.id, input.locale, actorOf(ctx));
      return { ok: true };
    }),
});
