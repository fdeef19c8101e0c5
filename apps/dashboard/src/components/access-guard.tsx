import { CanAccess } from "@refinedev/core";
import { Result } from "antd";
import type { ReactNode } from "react";

type AccessGuardProps = {
  resource: string;
  action: string;
  /** What the user cannot do, in their words ("You cannot register agencies…"). */
  message: string;
  children: ReactNode;
};

/**
 * A page that a role may not use says so before any input, instead of a form that fails on Save.
 * Comfort only: the server refuses the procedure anyway (access.ts).
 */
export function AccessGuard({ resource, action, message, children }: AccessGuardProps) {
  return (
    <CanAccess
      resource={resource}
      action={action}
      fallback={
        <div data-testid="access-denied">
          <Result status="403" title={message} />
        </div>
      }
    >
      {children}
    </CanAccess>
  );
}
