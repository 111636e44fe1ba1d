// The icons of record actions (add, edit, remove, back) and marks (confidential, child, clock), a
// little smaller than the headings' icons. Drawn by Icon.tsx.
import { Icon, type IconName } from './Icon';

export type ActionIconName = IconName;

export function ActionIcon({ name, size = 18, className }: { name: ActionIconName; size?: number; className?: string }) {
  return <Icon name={name} size={size} className={className} />;
}
