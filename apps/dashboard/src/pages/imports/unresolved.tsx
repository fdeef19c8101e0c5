import { CanAccess, useTranslate } from "@refinedev/core";
import type { ImportUnresolved } from "@tbc/types";
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useProcedureMutation } from "../../providers/procedures";
import { useAliasTargets } from "./target-options";

type Row = ImportUnresolved & { key: string };

/** One unknown name: what it should mean (the best suggestion chosen first), and Save mapping. */
function MapName({ row, onMapped }: { row: Row; onMapped: () => void }) {
  const t = useTranslate();
  const { options } = useAliasTargets();
  const [code, setCode] = useState<string | undefined>(row.suggestions[0]?.code);
  const { mutate, mutation } = useProcedureMutation("aliases.create");
  const save = () => {
    if (!code) return;
    mutate(
      { values: { kind: row.kind, name: row.name, code } },
      {
        successNotification: (alias) => ({
          message: t("imports.unresolved.mapped", { name: alias.name, target: alias.target ?? alias.code }),
          type: "success",
        }),
        onSuccess: onMapped,
      },
    );
  };
  return (
    <Space.Compact style={{ width: "100%" }}>
      <Select
        value={code}
        onChange={setCode}
        options={options[row.kind]}
        showSearch
        optionFilterProp="label"
        placeholder={t("imports.unresolved.choose")}
        style={{ minWidth: 220 }}
        aria-label={t("aliases.fields.target")}
        data-testid="unresolved-target"
      />
      <Button
        type="primary"
        onClick={save}
        disabled={!code}
        loading={mutation.isPending}
        data-testid="unresolved-map"
      >
        {t("imports.unresolved.map")}
      </Button>
    </Space.Compact>
  );
}

/**
 * Names of a previewed file that resolve to nothing, with what they most look like. Staff map each
 * to a country, crime area or channel right here (saved as an alias, audited); the preview then runs
 * again, so that Import is possible once every name resolves.
 */
export function UnresolvedNames({
  unresolved,
  onMapped,
}: {
  unresolved: ImportUnresolved[];
  onMapped: () => void;
}) {
  const t = useTranslate();
  const rows: Row[] = unresolved.map((u) => ({ ...u, key: `${u.kind}:${u.name}` }));
  return (
    <Card
      size="small"
      title={t("imports.unresolved.title")}
      styles={{ body: { padding: 0 } }}
      data-testid="import-unresolved"
    >
      <Alert type="info" banner showIcon message={t("imports.unresolved.hint")} />
      <Table<Row> scroll={{ x: "max-content" }} dataSource={rows} size="small" pagination={false}>
        <Table.Column<Row>
          key="name"
          title={t("aliases.fields.name")}
          render={(_, r) => <Typography.Text strong>{r.name}</Typography.Text>}
        />
        <Table.Column<Row>
          key="kind"
          width={120}
          title={t("aliases.fields.kind")}
          render={(_, r) => <Tag>{t(`aliases.kinds.${r.kind}`)}</Tag>}
        />
        <Table.Column<Row> key="rows" dataIndex="rows" width={70} title={t("imports.unresolved.rows")} />
        <Table.Column<Row>
          key="suggestions"
          title={t("imports.unresolved.suggestions")}
          render={(_, r) => (
            <Space size={4} wrap>
              {r.suggestions.map((s) => (
                <Tag key={s.code} color="blue" data-testid="unresolved-suggestion">
                  {s.name === s.code ? s.name : `${s.name} (${s.code})`}
                </Tag>
              ))}
            </Space>
          )}
        />
        <Table.Column<Row>
          key="map"
          title={t("aliases.fields.target")}
          render={(_, r) => (
            <CanAccess
              resource="aliases"
              action="create"
              fallback={
                <Typography.Text type="secondary">{t("imports.unresolved.readOnly")}</Typography.Text>
              }
            >
              <MapName row={r} onMapped={onMapped} />
            </CanAccess>
          )}
        />
      </Table>
    </Card>
  );
}
