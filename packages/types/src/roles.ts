import { z } from "zod";
import { ROLES } from "./roles.constants";

export const ZRole = z.enum(ROLES);
