import { WorkspaceNotFound } from "@/components/layout/workspace-not-found";

export default WorkspaceNotFound;
