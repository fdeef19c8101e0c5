/**
 * Run by plugin.ts at build time (`node --import tsx`, NODE_ENV=production, as the app's bundle):
 * renders the antd components of the app's shell and landing page once per appearance, with the
 * app's own theme (antdTheme), and prints each appearance's styles as plain CSS (JSON by name). The
 * sheet ends with antd's own map of the styles it holds, which antd reads at run time instead of
 * generating them (@ant-design/cssinjs's "CSS file" mode). Components not rendered here keep being
 * styled at run time: test/e2e-overview.test.ts fails when the landing page generates any.
 */
import { createCache, extractStyle, StyleProvider } from "@ant-design/cssinjs";
import {
  Button,
  Card,
  Col,
  ConfigProvider,
  Form,
  Layout,
  Menu,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Spin,
  Statistic,
  Tag,
  Tooltip,
} from "antd";
import { renderToString } from "react-dom/server";
import { APPEARANCES, type Appearance, appearanceName } from "../src/appearance";
import { antdTheme } from "../src/theme";

/** What the shell (layout, menu, header) and the overview with its filter bar render. */
function Landing() {
  return (
    <Layout>
      <Layout.Sider>
        <Menu items={[{ key: "a", label: "a" }]} />
      </Layout.Sider>
      <Layout>
        <Layout.Header />
        <Layout.Content>
          <Space>
            <Tooltip title="t">
              <Button>b</Button>
            </Tooltip>
            <Segmented options={["a"]} />
            <Spin />
          </Space>
          <Space.Compact />
          <Card>
            <Form>
              <Form.Item label="l">
                <Select />
              </Form.Item>
            </Form>
          </Card>
          <Row>
            <Col span={1}>
              <Statistic value={1} />
              <Skeleton />
              <Tag color="orange">t</Tag>
              <Tag color="success">t</Tag>
            </Col>
          </Row>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function sheet(appearance: Appearance): string {
  const cache = createCache();
  renderToString(
    <StyleProvider cache={cache}>
      <ConfigProvider theme={antdTheme(appearance)}>
        <Landing />
      </ConfigProvider>
    </StyleProvider>,
  );
  return extractStyle(cache, { plain: true });
}

process.stdout.write(
  JSON.stringify(Object.fromEntries(APPEARANCES.map((a) => [appearanceName(a), sheet(a)]))),
);
