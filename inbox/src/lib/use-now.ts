import { useEffect } from 'preact/hooks';
import { useVar } from './use-var.js';

/** The current time, refreshed every `ms` (SLA countdowns, "5m ago"). A local timer: no server polling. */
export function useNow(ms = 30_000): number {
  const now = useVar(Date.now());
  useEffect(() => {
    const timer = setInterval(() => now.set(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now.value;
}
