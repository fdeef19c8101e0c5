import { z } from "zod";
import type { Locale } from "./locale.constants";
import { zText } from "./primitives";
import type { Role } from "./roles.constants";

export const ZLoginInput = z.object({
  email: z
    .email("Enter a valid email address")
    .max(254)
    .transform((v) => v.toLowerCase()),
  password: zText().min(1, "Enter your password").max(1024),
});

/** The signed-in user; `locale` is the language they chose (null: never chose, the browser decides). */
export type SessionUser = { id: number; email: string; name: string; role: Role; locale: Locale | null };

export const DEMO_PASSWORD = "turnbackcrime";
export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Demo Admin", role: "admin" },
  { email: "manager@example.org", name: "Demo Manager", role: "manager" },
  { email: "staff@example.org", name: "Demo Staff", role: "staff" },
  { email: "viewer@example.org", name: "Demo Viewer", role: "viewer" },
] as const satisfies readonly { email: string; name: string; role: Role }[];

/** What the login page may announce: the demo accounts and password only in demo mode. */
export type DemoInfo = {
  enabled: boolean;
  accounts: { email: string; role: Role }[];
  password: string | null;
};
