import { useGetLocale, useTranslate } from "@refinedev/core";
import { REGIONS, type Region } from "@tbc/types";
import { Card, Empty, Space, Tag, Typography } from "antd";
import { useCountryName } from "../../components/countries";
import { useVocabulary } from "../../components/labels";

type Country = { code: string; name: string; region: string };

/** Countries by INTERPOL region, regions in their usual order, names sorted within each. */
export function groupByRegion(
  countries: Country[],
  collator: Intl.Collator = new Intl.Collator("en"),
): { region: string; countries: Country[] }[] {
  const groups = new Map<string, Country[]>();
  for (const c of countries) groups.set(c.region, [...(groups.get(c.region) ?? []), c]);
  const order = REGIONS as readonly string[];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([region, list]) => ({ region, countries: list.sort((a, b) => collator.compare(a.name, b.name)) }));
}

/**
 * The participating countries the source names, grouped by INTERPOL region. The count the source
 * states may be larger than the list (it names only some); both are shown.
 */
export function CountriesCard({
  countries,
  countriesCount,
}: {
  countries: Country[];
  countriesCount: number | null;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const localName = useCountryName();
  const locale = useGetLocale()() ?? "en";
  // Names in the current language, sorted as that language sorts them.
  const groups = groupByRegion(
    countries.map((c) => ({ ...c, name: localName(c.code, c.name) ?? c.name })),
    new Intl.Collator(locale),
  );
  const summary =
    countriesCount === null
      ? null
      : countries.length > 0 && countries.length < countriesCount
        ? t("operations.countries.listed", { listed: countries.length, count: countriesCount })
        : t("operations.countries.stated", { count: countriesCount });

  return (
    <Card
      size="small"
      title={t("operations.sections.countries")}
      extra={summary && <Typography.Text type="secondary">{summary}</Typography.Text>}
      data-testid="operation-countries"
    >
      {groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("operations.countries.none")} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          {groups.map((g) => (
            <div key={g.region}>
              <Typography.Text strong style={{ display: "block", marginBottom: 6 }}>
                {vocabulary.region(g.region as Region)} ({g.countries.length})
              </Typography.Text>
              <Space size={[4, 6]} wrap>
                {g.countries.map((c) => (
                  <Tag key={c.code} data-country={c.code}>
                    {c.name}
                  </Tag>
                ))}
              </Space>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}
