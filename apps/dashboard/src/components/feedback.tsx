import { theme } from "antd";
import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from "react";
import type { FeedbackApis } from "./feedback-holders";

type MessageApi = FeedbackApis["message"];
type NotificationApi = FeedbackApis["notification"];
/** What the pages use of antd's message and notification APIs. */
type Feedback = {
  message: Pick<MessageApi, "success" | "error" | "warning">;
  notification: Pick<NotificationApi, "open" | "destroy">;
};

const FeedbackContext = createContext<Feedback | null>(null);
const FeedbackHolders = lazy(() => import("./feedback-holders"));

/**
 * What antd's `<App>` gave the pages — themed message and notification hooks, and the text style of
 * its container — without the modal machinery `<App>` always loads (nothing here opens a modal
 * through it). Pages call useFeedback() where they called App.useApp(). antd's message and
 * notification code loads with the first notice (it is queued meanwhile), not with the app shell:
 * most visits never show one, and every visit's first chart waited for it.
 */
export function AppFeedback({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const [wanted, setWanted] = useState(false);
  const apis = useRef<FeedbackApis | null>(null);
  const queued = useRef<((apis: FeedbackApis) => void)[]>([]);
  const run = useCallback((call: (apis: FeedbackApis) => void) => {
    if (apis.current) return call(apis.current);
    queued.current.push(call);
    setWanted(true);
  }, []);
  const onReady = useCallback((ready: FeedbackApis) => {
    apis.current = ready;
    for (const call of queued.current.splice(0)) call(ready);
  }, []);
  const value = useMemo<Feedback>(
    () => ({
      message: {
        success: (...args: Parameters<MessageApi["success"]>) => run((a) => a.message.success(...args)),
        error: (...args: Parameters<MessageApi["error"]>) => run((a) => a.message.error(...args)),
        warning: (...args: Parameters<MessageApi["warning"]>) => run((a) => a.message.warning(...args)),
      } as Feedback["message"],
      notification: {
        open: (config) => run((a) => a.notification.open(config)),
        // Nothing can be shown before the holders are there: nothing to close either.
        destroy: (key) => apis.current?.notification.destroy(key),
      },
    }),
    [run],
  );
  return (
    <FeedbackContext.Provider value={value}>
      <div
        style={{
          color: token.colorText,
          fontSize: token.fontSize,
          lineHeight: token.lineHeight,
          fontFamily: token.fontFamily,
        }}
      >
        {wanted && (
          <Suspense fallback={null}>
            <FeedbackHolders onReady={onReady} />
          </Suspense>
        )}
        {children}
      </div>
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error("useFeedback() outside <AppFeedback>");
  return feedback;
}
