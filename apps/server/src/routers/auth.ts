import { createSession, deleteSession, verifyCredentials, writeAudit } from "@tbc/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type Role, type SessionUser, ZLoginInput } from "@tbc/types";
import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../trpc";

/** The same words for an unknown email and a wrong password, so that accounts cannot be probed. */
export const LOGIN_FAILED_MESSAGE = "Email or password is incorrect";

export type DemoInfo = {
  enabled: boolean;
  accounts: { email: string; role: Role }[];
  password: string | null;
};

export const authRouter = router({
  /** Signs in: a new session (any previous one from this browser ends) and the session cookie. */
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }): Promise<SessionUser> => {
    const user = await verifyCredentials(ctx.db, input.email, input.password);
    if (!user) {
      await writeAudit(ctx.db, {
        userId: null,
        action: "login_failed",
        entity: "session",
        ip: ctx.ip,
        after: { email: input.email },
      });
      ctx.log.info({ email: input.email, ip: ctx.ip }, "Login failed");
      throw new TRPCError({ code: "UNAUTHORIZED", message: LOGIN_FAILED_MESSAGE });
    }
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    const session = await createSession(ctx.db, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
    await writeAudit(ctx.db, {
      userId: user.id,
      action: "login",
      entity: "session",
      entityId: user.id,
      ip: ctx.ip,
    });
    ctx.cookies.set(session.token, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
    ctx.log.info({ userId: user.id, role: user.role, ip: ctx.ip }, "Login");
    return user;
  }),

  /** Ends the session on the server and clears the cookie; harmless when not signed in. */
  logout: publicProcedure.mutation(async ({ ctx }): Promise<{ ok: true }> => {
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    if (ctx.user) {
      await writeAudit(ctx.db, {
        userId: ctx.user.id,
        action: "logout",
        entity: "session",
        entityId: ctx.user.id,
        ip: ctx.ip,
      });
    }
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
});
