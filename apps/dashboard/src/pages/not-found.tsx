import { useGo, useTranslate } from "@refinedev/core";
import { Button, Result } from "antd";

export function NotFound() {
  const t = useTranslate();
  const go = useGo();
  return (
    <Result
      status="404"
      title={t("pages.error.title")}
      subTitle={t("pages.error.info")}
      extra={
        <Button type="primary" onClick={() => go({ to: "/" })}>
          {t("pages.error.backHome")}
        </Button>
      }
    />
  );
}
