import { useLink, useTranslate } from "@refinedev/core";
import type { AgencyDuplicate } from "@tbc/types";
import { Alert, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useCountryName } from "../../components/countries";
import { useNumberLocale } from "../../components/figure";
import { useProcedure } from "../../providers/procedures";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Why it looks like a duplicate: "same acronym FBI", "a similar name (82 % alike)". */
function useReason() {
  const t = useTranslate();
  const locale = useNumberLocale();
  return (reason: AgencyDuplicate["reason"]) => {
    const key = `agencies.duplicate.reasons.${reason.kind}`;
    if (reason.kind === "similar-name") {
      const percent = new Intl.NumberFormat(locale, { style: "percent" }).format(reason.similarity);
      return t(key, { percent });
    }
    return t(key, "acronym" in reason ? { acronym: reason.acronym } : {});
  };
}

/**
 * Warns (never blocks) when agencies that look like this one are registered: the same name once
 * case, accents, punctuation, articles and plurals are set aside, the same acronym or initials, or a
 * similar name (agencies.duplicates), each with the reason. In the chosen country and among agencies
 * without one; with no country chosen, in every country. Asked once the user has paused typing.
 */
export function DuplicateWarning(props: {
  name: string | undefined;
  acronym: string | null | undefined;
  countryCode: string | null | undefined;
  excludeId?: number;
}) {
  const t = useTranslate();
  const localName = useCountryName();
  const Link = useLink();
  const reasonOf = useReason();
  const name = useDebounced(props.name?.trim() ?? "", 300);
  const acronym = useDebounced(props.acronym?.trim() || null, 300);
  const countryCode = useDebounced(props.countryCode || null, 300);
  const enabled = name.length >= 2;

  const query = useProcedure(
    "agencies.duplicates",
    { name, acronym, countryCode, ...(props.excludeId ? { excludeId: props.excludeId } : {}) },
    { enabled, staleTime: 10_000 },
  );
  const duplicates = enabled ? (query.data ?? []) : [];
  if (duplicates.length === 0) return null;

  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      data-testid="duplicate-warning"
      style={{ marginBottom: 24 }}
      message={t("agencies.duplicate.title")}
      description={
        <Space direction="vertical" size={2}>
          {duplicates.map((d) => (
            <Typography.Text key={d.id} data-reason={d.reason.kind}>
              {t("agencies.duplicate.one", {
                name: d.name,
                country: localName(d.countryCode, d.countryName) ?? t("agencies.duplicate.noCountry"),
                status: t(`agencies.statuses.${d.status}`),
                reason: reasonOf(d.reason),
              })}{" "}
              <Link to={`/agencies/show/${d.id}`} target="_blank" rel="noopener noreferrer">
                {t("agencies.duplicate.open")}
              </Link>
            </Typography.Text>
          ))}
          <Typography.Text type="secondary">{t("agencies.duplicate.hint")}</Typography.Text>
        </Space>
      }
    />
  );
}
