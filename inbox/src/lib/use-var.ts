/**
 * useState as an object ({value, set}). The shared esbuild target (safari14) refuses to lower
 * destructuring, so the inbox is written without it: `const name = useVar('')`, `name.value`.
 */
import { useState } from 'preact/hooks';

export interface Var<T> {
  value: T;
  set(next: T | ((previous: T) => T)): void;
}

export function useVar<T>(initial: T | (() => T)): Var<T> {
  const pair = useState<T>(initial);
  return { value: pair[0], set: pair[1] };
}
