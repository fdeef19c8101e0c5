import { message, notification, theme } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import type { NotificationInstance } from "antd/es/notification/interface";
import { createContext, type ReactNode, useContext, useMemo } from "react";

type Feedback = { message: MessageInstance; notification: NotificationInstance };

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * What antd's `<App>` gave the pages — themed message and notification hooks, and the text style of
 * its container — without the modal machinery `<App>` always loads (nothing here opens a modal
 * through it): the app shell stays lighter. Pages call useFeedback() where they called
 * App.useApp().
 */
export function AppFeedback({ children }: { children: ReactNode }) {
  const [messageApi, messages] = message.useMessage();
  const [notificationApi, notifications] = notification.useNotification();
  const { token } = theme.useToken();
  const value = useMemo(
    () => ({ message: messageApi, notification: notificationApi }),
    [messageApi, notificationApi],
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
        {messages}
        {notifications}
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
