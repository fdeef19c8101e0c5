import { useLink, useTranslate } from "@refinedev/core";
import { Alert, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useProcedure } from "../../providers/procedures";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Warns (never blocks) when an agency with the same folded name is already registered in the chosen
 * country: the server folds case, accents and punctuation (agencies.duplicates). Asked only once the
 * user has paused typing for 300 ms, and only when both name and country are filled.
 */
export function DuplicateWarning(props: {
  name: string | undefined;
  countryCode: string | null | undefined;
  countryName: string | undefined;
  excludeId?: number;
}) {
  const t = useTranslate();
  const Link = useLink();
  const name = useDebounced(props.name?.trim() ?? "", 300);
  const countryCode = useDebounced(props.countryCode ?? null, 300);
  const enabled = name.length >= 2 && !!countryCode;

  const query = useProcedure(
    "agencies.duplicates",
    { name, countryCode: countryCode ?? "", ...(props.excludeId ? { excludeId: props.excludeId } : {}) },
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
            <Typography.Text key={d.id}>
              {t("agencies.duplicate.one", {
                name: d.name,
                country: props.countryName ?? countryCode,
                status: t(`agencies.statuses.${d.status}`),
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
