import { useTranslate } from "@refinedev/core";
import { ENGAGEMENT_CSV_HEADER, POSTS_CSV_HEADER } from "@tbc/types";
import { ImportPage } from "../imports/import-page";

/**
 * /engagement/import: real engagement figures, as daily metrics or as posts (staff and above).
 * The operations import page with the engagement route, headers and texts.
 */
export function EngagementImport() {
  const t = useTranslate();
  return (
    <ImportPage
      kind="engagement"
      access={{ resource: "engagement-import", action: "list" }}
      title={t("engagement-import.titles.list")}
      intro={t("engagement-import.intro")}
      limitKey="engagement-import.limit"
      headers={[
        { label: t("engagement-import.headers.daily"), columns: ENGAGEMENT_CSV_HEADER },
        { label: t("engagement-import.headers.posts"), columns: POSTS_CSV_HEADER },
      ]}
      forbidden={t("engagement-import.forbidden")}
      result={{ to: "/engagement", label: t("engagement-import.open") }}
      historyKinds={["engagement", "posts"]}
      rowName={t("engagement-import.rowName")}
      editionYear={false}
    />
  );
}
