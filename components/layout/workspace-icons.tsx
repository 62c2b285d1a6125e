import type { ReactElement } from "react";

// Outline icons (24 px grid, 1.5 stroke) for the workspace menu. Decorative:
// the label beside each icon names the item.
const paths = {
  dashboard: "M3.75 3.75h6.5v7.5h-6.5zM13.75 3.75h6.5v4.5h-6.5zM13.75 11.75h6.5v8.5h-6.5zM3.75 14.75h6.5v5.5h-6.5z",
  records: "M8.25 6.75h7.5M8.25 10.5h7.5M8.25 14.25h4.5M5.25 3.75h13.5v16.5H5.25z",
  targets: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 16.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9ZM12 12.75a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Z",
  reports: "M3.75 20.25h16.5M6.75 16.5v-4.5M11.25 16.5V7.5M15.75 16.5v-6M20.25 16.5V4.5",
  editor: "M16.86 4.49a2.1 2.1 0 1 1 2.97 2.97L8.25 19.04l-4.5 1.21 1.21-4.5L16.86 4.49Z",
  committees: "M3.75 20.25h16.5M5.25 20.25V9.75L12 4.5l6.75 5.25v10.5M9.75 20.25v-6h4.5v6",
  tree: "M9.75 3.75h4.5v3.75h-4.5zM12 7.5v3.75M6 11.25h12M6 11.25v3M18 11.25v3M3.75 14.25h4.5v4.5h-4.5zM15.75 14.25h4.5v4.5h-4.5z",
  admin: "M12 3.75l7.5 3v5.25c0 4.14-3.2 7.45-7.5 8.25-4.3-.8-7.5-4.11-7.5-8.25V6.75l7.5-3Z",
  audit: "M12 6.75V12l3.75 2.25M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z",
  trash: "m14.74 9-.346 9m-4.788 0L9.26 9m9.968-3.21c.342.052.682.107 1.022.166m-1.022-.165L18.16 19.673a2.25 2.25 0 0 1-2.244 2.077H8.084a2.25 2.25 0 0 1-2.244-2.077L4.772 5.79m14.456 0a48.108 48.108 0 0 0-3.478-.397m-12 .562c.34-.059.68-.114 1.022-.165m0 0a48.11 48.11 0 0 1 3.478-.397m7.5 0v-.916c0-1.18-.91-2.164-2.09-2.201a51.964 51.964 0 0 0-3.32 0c-1.18.037-2.09 1.022-2.09 2.201v.916m7.5 0a48.667 48.667 0 0 0-7.5 0",
  partners: "M7.5 10.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM16.5 10.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2.25 19.5a5.25 5.25 0 0 1 10.5 0M11.25 19.5a5.25 5.25 0 0 1 10.5 0",
  conferences: "M3.75 4.5h16.5M5.25 4.5v9.75h13.5V4.5M12 14.25v2.25M8.25 20.25 12 16.5l3.75 3.75M9 9.75h6",
  account: "M15.75 7.5a3.75 3.75 0 1 1-7.5 0 3.75 3.75 0 0 1 7.5 0ZM4.5 20.25a7.5 7.5 0 0 1 15 0",
  home: "M3.75 10.5 12 3.75l8.25 6.75v9.75h-5.25v-6h-6v6H3.75V10.5Z",
  house: "M2.25 12 12 4.5 21.75 12M5.25 9.75v10.5h13.5V9.75M10.5 20.25v-4.5h3v4.5M15.75 6.75V4.5h2.25v4",
} as const;

export type WorkspaceIconName = keyof typeof paths;

export function WorkspaceIcon({ name, className }: { name: WorkspaceIconName; className?: string }): ReactElement {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <path d={paths[name]} />
    </svg>
  );
}
