import { useTranslate } from "@refinedev/core";
import { OPERATIONS_CSV_HEADER } from "@tbc/types";
import { ImportPage } from "./import-page";

/** /operations/import: the operations CSV (staff and above). */
export function OperationsImport() {
  const t = useTranslate();
  return (
    <ImportPage
      kind="operations"
      access={{ resource: "imports", action: "list" }}
      title={t("imports.titles.list")}
      intro={t("imports.intro")}
      headers={[{ columns: OPERATIONS_CSV_HEADER }]}
      forbidden={t("imports.forbidden")}
      result={{ to: "/operations", label: t("imports.result.open") }}
      historyKinds={["operations"]}
    />
  );
}
