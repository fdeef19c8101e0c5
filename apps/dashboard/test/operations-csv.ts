/** CSV files for the operations e2e (written to a temp dir and chosen with setInputFiles). */
import { OPERATIONS_CSV_HEADER } from "@tbc/types";

const HEADER = OPERATIONS_CSV_HEADER.join(",");
// Two new operations that publish arrests (120 + 35): the KPI must move by exactly 155.
export const GOOD_CSV = [
  HEADER,
  "Operation E2E Alpha,2024,2024-03,drugs,Africa,2,Nigeria; Ghana,10,120,,,,E2E source,https://example.org/alpha",
  'Operation E2E Beta,2025,2025-01/2025-02,pharmaceuticals,Global,,,,35,4,"1,000 packets",1000000,,',
].join("\n");
export const IMPORTED_ARRESTS = 120 + 35;
// One valid row and one bad one: nothing at all may be imported, not even the valid row.
export const BAD_CSV = [
  HEADER,
  "Operation E2E Gamma,2024,,food,Europe,,,,5,,,,,",
  "Operation E2E Delta,2024,,food,Europe,,,,many,,,,,",
].join("\n");

// Preview only (never committed): enough rows for the server to report its phases as it goes.
export const LOAD_CSV = [
  HEADER,
  ...Array.from({ length: 3000 }, (_, i) => `Operation Load ${i + 1},2020,,food,Global,,,,${i},,,,,`),
].join("\n");
