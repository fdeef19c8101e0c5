import type { NotificationProvider } from "@refinedev/core";
import { useFeedback } from "../components/feedback";

/**
 * refine's toasts through antd's notification (the App context, so they follow the theme and the
 * text direction), as @refinedev/antd's provider shows them. Ours because that package is one
 * module that would bring every page's forms and tables into the app shell. Mutations are
 * pessimistic everywhere, so refine never asks for its undo countdown ("progress"); should it, the
 * message shows as an ordinary notice.
 */
export function useNotificationProvider(): NotificationProvider {
  const { notification } = useFeedback();
  return {
    open: ({ key, message, description, type }) => {
      notification.open({
        key,
        description: message,
        message: description ?? null,
        type: type === "progress" ? "info" : type,
      });
    },
    close: (key) => notification.destroy(key),
  };
}
