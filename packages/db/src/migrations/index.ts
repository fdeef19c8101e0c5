import type { Migration } from "kysely";
import * as m0001 from "./0001_foundation";
import * as m0002 from "./0002_operations";
import * as m0003 from "./0003_engagement";
import * as m0004 from "./0004_user_admin";
import * as m0005 from "./0005_scale_rollups";
import * as m0006 from "./0006_data_version";
import * as m0007 from "./0007_sign_in_failures";
import * as m0008 from "./0008_import_runs";
import * as m0010 from "./0010_names";
import * as m0011 from "./0011_unknown_pledge_date";
import * as m0013 from "./0013_user_locale";
import * as m0014 from "./0014_bounded_reads";

/** Every migration, in order. Kept as static imports so that bundlers and tsx see them all. */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_operations": m0002,
  "0003_engagement": m0003,
  "0004_user_admin": m0004,
  "0005_scale_rollups": m0005,
  "0006_data_version": m0006,
  "0007_sign_in_failures": m0007,
  "0008_import_runs": m0008,
  "0010_names": m0010,
  "0011_unknown_pledge_date": m0011,
  "0013_user_locale": m0013,
  "0014_bounded_reads": m0014,
};
