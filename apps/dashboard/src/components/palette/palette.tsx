import { type BaseRecord, useList, useMenu, useTranslate } from "@refinedev/core";
import { theme } from "antd";
import {
  type Action,
  KBarAnimator,
  KBarPortal,
  KBarPositioner,
  KBarProvider,
  KBarResults,
  KBarSearch,
  Priority,
  useKBar,
  useMatches,
  useRegisterActions,
  VisualState,
} from "kbar";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { accessControlProvider } from "../../providers/access-control";

/** The command palette: kbar over the pages the user may open and a search of agencies and operations. */
export default function Palette({ onReady }: { onReady: (open: () => void) => void }) {
  return (
    <KBarProvider options={{ disableScrollbarManagement: true }}>
      <Opener onReady={onReady} />
      <PageActions />
      <RecordActions />
      <PaletteDialog />
    </KBarProvider>
  );
}

/** Opens the palette now (it loaded because someone asked for it) and hands the button a way to. */
function Opener({ onReady }: { onReady: (open: () => void) => void }) {
  const { query } = useKBar();
  useEffect(() => {
    const show = () => query.setVisualState(VisualState.animatingIn);
    onReady(show);
    show();
  }, [query, onReady]);
  return null;
}

/** One action per menu page that access control lets this user list (a manager gets no Users). */
function PageActions() {
  const t = useTranslate();
  const navigate = useNavigate();
  const { menuItems } = useMenu();
  // useMenu answers a new array on every render: the check runs again only when the names change.
  const names = menuItems.map((item) => item.name).join("\n");
  const [allowed, setAllowed] = useState("");
  useEffect(() => {
    let live = true;
    void Promise.all(
      names.split("\n").map(async (name) => {
        const { can } = await accessControlProvider.can({ resource: name, action: "list" });
        return can ? name : null;
      }),
    ).then((list) => {
      if (live) setAllowed(list.filter((n): n is string => n !== null).join("\n"));
    });
    return () => {
      live = false;
    };
  }, [names]);
  const actions: Action[] = menuItems
    .filter((item) => allowed.split("\n").includes(item.name) && item.route)
    .map((item) => ({
      id: `page:${item.name}`,
      name: String(item.label ?? item.name),
      section: { name: t("palette.sections.pages"), priority: Priority.HIGH },
      priority: Priority.HIGH,
      perform: () => navigate(item.route ?? "/"),
    }));
  // Registered again only when the pages or the permissions change (menuItems is new every render).
  useRegisterActions(actions, [names, allowed, t]);
  return null;
}

/** The typed text, once it has rested for a moment: a search per pause, not per key. */
function useSettledQuery(): string {
  const { search } = useKBar((state) => ({ search: state.searchQuery }));
  const [settled, setSettled] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  return settled;
}

function useRecords(resource: "agencies" | "operations", query: string) {
  const { result } = useList<BaseRecord & { id: number; name: string }>({
    resource,
    filters: [{ field: "name", operator: "contains", value: query }],
    pagination: { currentPage: 1, pageSize: 5 },
    sorters: [{ field: "name", order: "asc" }],
    queryOptions: { enabled: query.length >= 2 },
    liveMode: "off",
  });
  return query.length >= 2 ? result.data : NONE;
}

// One empty list for every render: a new [] each time would re-register the actions in a loop.
const NONE: (BaseRecord & { id: number; name: string })[] = [];

/** Agencies and operations whose name holds the typed text: a few each, each to its show page. */
function RecordActions() {
  const t = useTranslate();
  const navigate = useNavigate();
  const query = useSettledQuery();
  const agencies = useRecords("agencies", query);
  const operations = useRecords("operations", query);
  const actions = useMemo<Action[]>(
    () => [
      ...agencies.map((a) => ({
        id: `agency:${a.id}`,
        name: a.name,
        keywords: query,
        section: t("palette.sections.agencies"),
        perform: () => navigate(`/agencies/show/${a.id}`),
      })),
      ...operations.map((o) => ({
        id: `operation:${o.id}`,
        name: o.name,
        keywords: query,
        section: t("palette.sections.operations"),
        perform: () => navigate(`/operations/show/${o.id}`),
      })),
    ],
    [agencies, operations, query, navigate, t],
  );
  useRegisterActions(actions, [actions]);
  return null;
}

function PaletteDialog() {
  const t = useTranslate();
  const { token } = theme.useToken();
  return (
    <KBarPortal>
      <KBarPositioner style={{ zIndex: 1100, background: "rgba(0, 0, 0, 0.45)" }}>
        <KBarAnimator
          aria-label={t("palette.label")}
          style={{
            width: "min(640px, 92vw)",
            background: token.colorBgElevated,
            color: token.colorText,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadow,
            overflow: "hidden",
          }}
        >
          <KBarSearch
            defaultPlaceholder={t("palette.placeholder")}
            aria-label={t("palette.label")}
            data-testid="palette-search"
            style={{
              width: "100%",
              padding: "14px 16px",
              fontSize: 16,
              border: "none",
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              outline: "none",
              background: "transparent",
              color: token.colorText,
              boxSizing: "border-box",
            }}
          />
          <Results />
          <div style={{ padding: "8px 16px", fontSize: 12, color: token.colorTextSecondary }}>
            {t("palette.hint")}
          </div>
        </KBarAnimator>
      </KBarPositioner>
    </KBarPortal>
  );
}

function Results() {
  const t = useTranslate();
  const { token } = theme.useToken();
  const { results } = useMatches();
  if (results.length === 0)
    return <div style={{ padding: "12px 16px", color: token.colorTextSecondary }}>{t("palette.empty")}</div>;
  return (
    <KBarResults
      items={results}
      maxHeight={420}
      onRender={({ item, active }) =>
        typeof item === "string" ? (
          <div style={{ padding: "8px 16px 4px", fontSize: 12, color: token.colorTextSecondary }}>{item}</div>
        ) : (
          <div
            data-testid="palette-result"
            style={{
              padding: "10px 16px",
              cursor: "pointer",
              background: active ? token.controlItemBgActive : "transparent",
              borderInlineStart: `3px solid ${active ? token.colorPrimary : "transparent"}`,
            }}
          >
            {item.name}
          </div>
        )
      }
    />
  );
}
