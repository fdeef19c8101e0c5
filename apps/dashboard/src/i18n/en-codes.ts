import { MESSAGES } from "@tbc/types";

/**
 * The server's messages by code (`codes.<code>`): the English is the catalogue itself
 * (@tbc/types messages.ts), so that the server, the CLI and the dashboard say the same.
 */
export const codes = MESSAGES;
