import { z } from "zod";
import { withCode } from "./issue-codes";
import { ZIdInput, ZListInput } from "./list";
import { zId, zText } from "./primitives";
import { ZRole } from "./roles";
import type { Role } from "./roles.constants";

/**
 * Password policy (OWASP ASVS 5.0, 6.2): at least 12 characters, at most 128, no composition rules
 * (no "one digit, one symbol"). Counted in code points, so that an emoji is one character. The server
 * also refuses passwords on a list of common ones; that list stays on the server (packages/db).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export const ZPassword = zText()
  .refine(
    (v) => [...v].length >= MIN_PASSWORD_LENGTH,
    withCode(
      "validation.min_length",
      `Use at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words work well)`,
      { count: MIN_PASSWORD_LENGTH },
    ),
  )
  .refine(
    (v) => [...v].length <= MAX_PASSWORD_LENGTH,
    withCode("validation.max_length", `Use at most ${MAX_PASSWORD_LENGTH} characters`, {
      count: MAX_PASSWORD_LENGTH,
    }),
  );

export const ZEmail = zText()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254, "At most 254 characters"));

const ZName = zText().trim().min(1, "Enter the person's name").max(200, "At most 200 characters");

/** A user as the admin screens see it (never a password hash). */
export type User = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The most recent activity of any of the user's sessions, or null. */
  lastSeenAt: string | null;
  version: number;
};

/** Fields `users.list` sorts and filters on. */
export const USER_LIST_FIELDS = [
  "id",
  "email",
  "name",
  "role",
  "disabledAt",
  "createdAt",
  "lastSeenAt",
] as const;

export const ZUserListInput = ZListInput.optional();

/** `password` omitted → the server generates a one-time password and returns it once. */
export const ZUserCreateInput = z.object({
  values: z.object({
    email: ZEmail,
    name: ZName,
    role: ZRole,
    password: ZPassword.optional(),
  }),
});
export type UserCreateInput = z.input<typeof ZUserCreateInput>;

/** What `users.create` answers: the user, and the generated password when none was given. */
export type UserCreated = User & { oneTimePassword: string | null };

export const ZUserUpdateInput = z.object({
  id: zId(),
  /** Optional optimistic-concurrency check, as for every other `update`. */
  version: zId().optional(),
  values: z.object({ name: ZName.optional(), role: ZRole.optional() }),
});
export type UserUpdateInput = z.input<typeof ZUserUpdateInput>;

export const ZUserIdInput = ZIdInput;

/** `password` omitted → a generated one-time password, returned once. */
export const ZResetPasswordInput = z.object({
  id: zId(),
  password: ZPassword.optional(),
});

export const ZEndSessionsInput = z.object({
  userId: zId(),
  /** One session; omitted → every session of the user. */
  sessionId: zId().optional(),
});

export const ZChangePasswordInput = z.object({
  current: zText().min(1, "Enter your current password").max(1024),
  next: ZPassword,
});

export const ZEndOwnSessionInput = z.object({ id: zId() });

/** A session as listed to its owner or an admin: never its token or the token's hash. */
export type SessionInfo = {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session of the request that asked (only in `auth.sessions`). */
  current: boolean;
};
