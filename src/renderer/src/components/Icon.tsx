// The few line icons the screens use, drawn inline (no icon font, nothing fetched), in the
// current text colour. Decorative: the button or heading beside each one carries the words.
const PATHS = {
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9.5h-13z',
  print: 'M7 9V3.5h10V9M7 17.5H4.5V9h15v8.5H17M7 14h10v6.5H7z',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 20.5 20.5',
  folderOpen: 'M3.5 19.5V5.5h6l2 2.5h8.5v3M3.5 19.5l3-8.5h15l-3 8.5z',
  folderPlus: 'M3.5 19.5V5.5h6l2 2.5h9v11.5zM12 11v6M9 14h6',
  arrowUp: 'M12 19V5M6 11l6-6 6 6',
  arrowDown: 'M12 5v14M6 13l6 6 6-6',
  arrowUpDown: 'M8 20V4M4 8l4-4 4 4M16 4v16M12 16l4 4 4-4',
  warning: 'M12 3.5 21.5 20h-19zM12 10v4.5M12 17v.5',
  inbox: 'M3.5 13.5 6 5.5h12l2.5 8M3.5 13.5v6h17v-6h-5.5a3 3 0 0 1-6 0z',
  check: 'M5 12.5 10 17.5 19 7',
  // Record actions and marks (the case screens).
  plus: 'M12 5v14M5 12h14',
  pencil: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  trash: 'M4.5 7h15M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 11v5.5M14 11v5.5',
  arrowLeft: 'M19 12H5M11 6l-6 6 6 6',
  shield: 'M12 3.5 19 6v5.5c0 4.5-3 7.6-7 9-4-1.4-7-4.5-7-9V6zM9.5 12l2 2 3.5-4',
  child: 'M12 8.5a2.75 2.75 0 1 0 0-5.5 2.75 2.75 0 0 0 0 5.5zM7.5 20.5l1-7.5h7l1 7.5M8.5 13l-2.5-2M15.5 13l2.5-2',
  clock: 'M12 20.5a8.5 8.5 0 1 0 0-17 8.5 8.5 0 0 0 0 17zM12 7.5V12l3 2',
  stop: 'M12 20.5a8.5 8.5 0 1 0 0-17 8.5 8.5 0 0 0 0 17zM9 9h6v6H9z',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
