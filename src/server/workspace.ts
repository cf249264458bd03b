import type { SessionPolicy } from "../services/auth/session.service.ts";
import type { WorkspaceDeps } from "../services/workspace/context.ts";

/** What the workspace's routes need: the services' dependencies and the deployment's settings. */
export type Workspace = {
  deps: WorkspaceDeps;
  sessionPolicy: SessionPolicy;
  /** Where links in mails and invitations point: PUBLIC_URL, never the request's Host header. */
  publicUrl: string;
};
