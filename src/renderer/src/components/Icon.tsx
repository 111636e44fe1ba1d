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
