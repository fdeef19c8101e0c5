import {
  createUser,
  disableUser,
  enableUser,
  endSessions,
  generatePassword,
  getUser,
  listSessions,
  listUsers,
  resetUserPassword,
  updateUser,
} from "@tbc/db";
import {
  type SessionInfo,
  type User,
  type UserCreated,
  ZEndSessionsInput,
  ZResetPasswordInput,
  ZUserCreateInput,
  ZUserIdInput,
  ZUserListInput,
  ZUserUpdateInput,
} from "@tbc/types";
import { actorOf, protectedProcedure, router } from "../trpc";

/**
 * User administration (admin only, as PERMISSIONS says). Every change is audited with before and
 * after, never a password hash. Disabling a user or resetting their password ends their sessions at
 * once; an admin cannot change their own role or disable themself (BAD_REQUEST with the reason).
 */
export const usersRouter = router({
  list: protectedProcedure.input(ZUserListInput).query(({ ctx, input }) => listUsers(ctx.db, input)),

  get: protectedProcedure
    .input(ZUserIdInput)
    .query(({ ctx, input }): Promise<User> => getUser(ctx.db, input.id)),

  /** Without `password`, a one-time password is generated and returned here, once. */
  create: protectedProcedure
    .input(ZUserCreateInput)
    .mutation(async ({ ctx, input }): Promise<UserCreated> => {
      const oneTimePassword = input.values.password ? null : generatePassword();
      const password = input.values.password ?? (oneTimePassword as string);
      const user = await createUser(ctx.db, { ...input.values, password }, actorOf(ctx));
      return { ...user, oneTimePassword };
    }),

  /** Name and role; `version`, when given, must be current (else CONFLICT). */
  update: protectedProcedure
    .input(ZUserUpdateInput)
    .mutation(({ ctx, input }) => updateUser(ctx.db, input.id, input.values, input.version, actorOf(ctx))),

  disable: protectedProcedure
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => disableUser(ctx.db, input.id, actorOf(ctx))),

  enable: protectedProcedure
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => enableUser(ctx.db, input.id, actorOf(ctx))),

  /** Without `password`, a one-time password is generated and returned once. Ends their sessions. */
  resetPassword: protectedProcedure
    .input(ZResetPasswordInput)
    .mutation(async ({ ctx, input }): Promise<User & { oneTimePassword: string | null }> => {
      const oneTimePassword = input.password ? null : generatePassword();
      const password = input.password ?? (oneTimePassword as string);
      return { ...(await resetUserPassword(ctx.db, input.id, password, actorOf(ctx))), oneTimePassword };
    }),

  /** A user's live sessions (created, last seen, expiry, ip, user agent), never a token or hash. */
  sessions: protectedProcedure.input(ZUserIdInput).query(async ({ ctx, input }): Promise<SessionInfo[]> => {
    await getUser(ctx.db, input.id); // NOT_FOUND for an unknown user
    return listSessions(ctx.db, input.id, ctx.sessionToken);
  }),

  /** Ends one session of the user (`sessionId`) or all of them. */
  endSessions: protectedProcedure
    .input(ZEndSessionsInput)
    .mutation(({ ctx, input }) => endSessions(ctx.db, input.userId, input.sessionId, actorOf(ctx))),
});
