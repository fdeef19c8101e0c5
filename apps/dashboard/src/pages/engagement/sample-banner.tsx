import { useCan, useLink, useTranslate } from "@refinedev/core";
import { Alert, Space } from "antd";
import type { ChannelSources } from "./use-engagement";

/**
 * The warning over the whole page while any figure on it is generated sample data: no audience
 * figure of the campaign was ever published (packages/db/seed/campaign_facts.md). When some
 * channels of the view carry only imported figures, it says which.
 */
export function SampleBanner({
  sources,
  channelLabel,
}: {
  sources: ChannelSources | undefined;
  channelLabel: (code: string) => string;
}) {
  const t = useTranslate();
  const Link = useLink();
  const { data: canImport } = useCan({ resource: "engagement", action: "import" });
  const list = (codes: string[]) => codes.map(channelLabel).join(", ");
  const partly = sources && sources.real.length > 0 && sources.sample.length > 0;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="sample-banner"
      data-partly={partly ? "true" : "false"}
      message={t("engagement.sample.title")}
      description={
        <Space direction="vertical" size={4}>
          <span>{t("engagement.sample.description")}</span>
          {partly && (
            <strong data-testid="sample-partly">
              {t("engagement.sample.partly", { real: list(sources.real), sample: list(sources.sample) })}
            </strong>
          )}
          {canImport?.can && <Link to="/engagement/import">{t("engagement.sample.import")}</Link>}
        </Space>
      }
    />
  );
}
