import { useLink, useTranslate } from "@refinedev/core";
import type { AuditEntry } from "@tbc/types";
import { Space, Typography } from "antd";

/** The pages a record of an audited entity has (users have none of their own: the users list). */
const SHOW_PATHS: Record<string, (id: string) => string> = {
  agency: (id) => `/agencies/show/${id}`,
  operation: (id) => `/operations/show/${id}`,
  user: () => "/users",
};

/** Who: the user's name, with the email under it; "System" for a change nobody signed in made. */
export function AuditUser({ entry }: { entry: AuditEntry }) {
  const t = useTranslate();
  if (!entry.userEmail) return <Typography.Text type="secondary">{t("history.system")}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text>{entry.userName ?? entry.userEmail}</Typography.Text>
      {entry.userName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {entry.userEmail}
        </Typography.Text>
      )}
    </Space>
  );
}

/** What: the entity's kind, and the record by its name with a link to it ("Agency #18" when unnamed). */
export function AuditRecord({ entry }: { entry: AuditEntry }) {
  const t = useTranslate();
  const Link = useLink();
  const kind = t(`audit.entities.${entry.entity}`, entry.entity);
  const id = entry.entityId;
  if (!id) return <Typography.Text>{kind}</Typography.Text>;
  const label = entry.entityLabel ?? (/^\d+$/.test(id) ? `#${id}` : id);
  const path = SHOW_PATHS[entry.entity];
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {kind}
      </Typography.Text>
      {path ? (
        <Link to={path(id)} data-testid="audit-record-link">
          {label}
        </Link>
      ) : (
        <Typography.Text>{label}</Typography.Text>
      )}
    </Space>
  );
}
