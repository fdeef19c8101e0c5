import { message, notification } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import type { NotificationInstance } from "antd/es/notification/interface";
import { useEffect } from "react";

export type FeedbackApis = { message: MessageInstance; notification: NotificationInstance };

/** antd's message and notification holders (≈ 9 kB gzip), mounted by AppFeedback on the first notice. */
export default function FeedbackHolders({ onReady }: { onReady: (apis: FeedbackApis) => void }) {
  const [messageApi, messages] = message.useMessage();
  const [notificationApi, notifications] = notification.useNotification();
  useEffect(
    () => onReady({ message: messageApi, notification: notificationApi }),
    [onReady, messageApi, notificationApi],
  );
  return (
    <>
      {messages}
      {notifications}
    </>
  );
}
