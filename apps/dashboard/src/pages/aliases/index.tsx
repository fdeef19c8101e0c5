import { getDefaultSortOrder } from "@refinedev/antd";
import { CanAccess, type CrudSort, useCan, useDelete, useTranslate, useUpdate } from "@refinedev/core";
import { ALIAS_KINDS, type Alias } from "@tbc/types";
import { Button, Card, Popconfirm, Result, Select, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { FilterBar } from "../../components/filter-bar/filter-bar";
import { bind, useListFilters } from "../../components/filter-bar/list-filters";
import { useListPagination } from "../../components/list-total";
import { PageList } from "../../components/page-list";
import { useUrlTable } from "../../hooks/use-url-table";
import { useAliasTargets } from "../imports/target-options";

const SORTERS: CrudSort[] = [{ field: "name", order: "asc" }];
const BINDINGS = [bind("name", "name", "contains"), bind("kind", "kind", "eq")];

/** What a mapping means; managers change it in place (the version guards against a lost update). */
function Target({ alias, editable }: { alias: Alias; editable: boolean }) {
  const t = useTranslate();
  const { options } = useAliasTargets();
  const [code, setCode] = useState<string | null>(null);
  const { mutate, mutation } = useUpdate<Alias>();
  const shown = alias.target ?? t("aliases.gone");
  if (code === null) {
    return (
      <Space size={4}>
        <Typography.Text>{alias.kind === "country" ? `${shown} (${alias.code})` : shown}</Typography.Text>
        {editable && (
          <Button size="small" type="link" onClick={() => setCode(alias.code)} data-testid="alias-edit">
            {t("aliases.edit")}
          </Button>
        )}
      </Space>
    );
  }
  const save = () =>
    mutate(
      {
        resource: "aliases",
        id: alias.id,
        values: { code },
        meta: { version: alias.version },
        successNotification: () => ({ message: t("aliases.saved"), type: "success" }),
      },
      { onSuccess: () => setCode(null) },
    );
  return (
    <Space.Compact>
      <Select
        value={code}
        onChange={setCode}
        options={options[alias.kind]}
        showSearch
        optionFilterProp="label"
        style={{ minWidth: 220 }}
        aria-label={t("aliases.fields.target")}
      />
      <Button type="primary" onClick={save} loading={mutation.isPending}>
        {t("aliases.save")}
      </Button>
      <Button onClick={() => setCode(null)}>{t("aliases.cancel")}</Button>
    </Space.Compact>
  );
}

/** /aliases: the names imported files write and what each means; managers change or remove them. */
export function AliasList() {
  const t = useTranslate();
  return (
    <CanAccess
      resource="aliases"
      action="list"
      fallback={<Result status="403" title={t("aliases.forbidden")} data-testid="access-denied" />}
    >
      <AliasTable />
    </CanAccess>
  );
}

function useKindOptions() {
  const t = useTranslate();
  return useMemo(() => ALIAS_KINDS.map((k) => ({ value: k, label: t(`aliases.kinds.${k}`) })), [t]);
}

function AliasTable() {
  const t = useTranslate();
  const { tableProps, sorters, filters, setFilters, flush } = useUrlTable<Alias>({
    resource: "aliases",
    initialSorters: SORTERS,
    pageSize: 20,
  });
  const bar = useListFilters(filters, BINDINGS, setFilters);
  const editable = useCan({ resource: "aliases", action: "edit" }).data?.can ?? false;
  const removable = useCan({ resource: "aliases", action: "delete" }).data?.can ?? false;
  const { mutate: remove } = useDelete();
  const kindOptions = useKindOptions();
  const pagination = useListPagination(tableProps.pagination);
  return (
    <PageList headerButtons={() => null}>
      <Card>
        <Typography.Paragraph>{t("aliases.intro")}</Typography.Paragraph>
        <FilterBar
          testId="alias-filters"
          values={bar.values}
          onChange={bar.onChange}
          onFlush={flush}
          onClear={() => setFilters([])}
          fields={[
            {
              type: "text",
              key: "name",
              label: t("aliases.fields.name"),
              placeholder: t("aliases.filters.name"),
              col: { xs: 24, md: 12, xl: 8 },
            },
            {
              type: "select",
              key: "kind",
              label: t("aliases.fields.kind"),
              placeholder: t("aliases.filters.kind"),
              select: { options: kindOptions },
              col: { xs: 24, md: 8, xl: 4 },
            },
          ]}
        />
        <Table<Alias>
          scroll={{ x: "max-content" }}
          {...tableProps}
          pagination={pagination}
          rowKey="id"
          size="middle"
          data-testid="alias-table"
        >
          <Table.Column<Alias>
            dataIndex="name"
            title={t("aliases.fields.name")}
            sorter
            defaultSortOrder={getDefaultSortOrder("name", sorters)}
            render={(name: string) => <Typography.Text strong>{name}</Typography.Text>}
          />
          <Table.Column<Alias>
            dataIndex="kind"
            title={t("aliases.fields.kind")}
            sorter
            defaultSortOrder={getDefaultSortOrder("kind", sorters)}
            render={(kind: Alias["kind"]) => <Tag>{t(`aliases.kinds.${kind}`)}</Tag>}
          />
          <Table.Column<Alias>
            key="target"
            title={t("aliases.fields.target")}
            render={(_, alias) => <Target alias={alias} editable={editable} />}
          />
          <Table.Column<Alias>
            dataIndex="createdBy"
            title={t("aliases.fields.createdBy")}
            render={(email: string | null) => email ?? t("history.system")}
          />
          <Table.Column<Alias>
            dataIndex="updatedAt"
            title={t("aliases.fields.updatedAt")}
            sorter
            defaultSortOrder={getDefaultSortOrder("updatedAt", sorters)}
            render={(at: string) => dayjs(at).format("YYYY-MM-DD HH:mm")}
          />
          {removable && (
            <Table.Column<Alias>
              key="actions"
              render={(_, alias) => (
                <Popconfirm
                  title={t("aliases.deleteConfirm", { name: alias.name })}
                  onConfirm={() =>
                    remove({
                      resource: "aliases",
                      id: alias.id,
                      successNotification: () => ({ message: t("aliases.deleted"), type: "success" }),
                    })
                  }
                >
                  <Button size="small" danger data-testid="alias-delete">
                    {t("aliases.delete")}
                  </Button>
                </Popconfirm>
              )}
            />
          )}
        </Table>
      </Card>
    </PageList>
  );
}
