import { NotFoundStatus } from "@/components/layout/not-found-status";

// A public page's 404 (an unknown committee, campaign or figure): inside the
// public layout, which already draws the header and footer. Without this
// file the root 404, which draws its own, would be rendered into every
// public page's response a second time as this level's fallback.
export default function PublicNotFound() {
  return <NotFoundStatus />;
}
