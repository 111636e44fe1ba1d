// A value that follows another once it has stopped changing for `ms`: the filter is sent to the
// core when the investigator pauses typing, not on every key. `settleNow` skips the wait (Enter,
// or a "clear" button).
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, ms: number): [T, (now: T) => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [settled, setSettled];
}
