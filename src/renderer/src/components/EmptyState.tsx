// What an empty list says instead of an empty table: what will appear there, or why nothing does.
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState({ icon, title, children }: { icon: IconName; title: string; children?: ReactNode }) {
  return (
    <div className="empty" role="status">
      <span className="empty__icon">
        <Icon name={icon} size={32} />
      </span>
      <h2 className="empty__title">{title}</h2>
      {children}
    </div>
  );
}
