import { describe, expect, it } from 'vitest';
import { urgencyOf } from './deadline-view';

describe('deadline urgency', () => {
  it('is red below three days and marked once overdue', () => {
    expect(urgencyOf(-1)).toBe('overdue');
    expect(urgencyOf(0)).toBe('urgent');
    expect(urgencyOf(2)).toBe('urgent');
    expect(urgencyOf(3)).toBe('normal');
  });
});
