'use client';

import type { ReactNode } from 'react';
import { useHydrated } from './useHydrated';

/**
 * A `div` whose `data-hydrated` turns "true" once React has hydrated it, so a test (or a style)
 * can wait for that state instead of sleeping.
 *
 * The flag is the only thing here that changes. useHydrated's value flips just after hydration,
 * and React re-renders the component that read it, synchronously, in one task. When a large
 * island reads the flag itself, that whole island renders a second time. Here only this `div`
 * does: `children` were made by the parent, which did not re-render, so React keeps them as
 * they are (https://react.dev/reference/react/memo#should-you-add-memo-everywhere: a wrapper that
 * takes JSX as children can update its own state without its children rendering again).
 */
export function HydratedMark({ children, ...props }: { children: ReactNode } & React.HTMLAttributes<HTMLDivElement> & { 'data-testid'?: string }) {
  const hydrated = useHydrated();
  return (
    <div {...props} data-hydrated={hydrated}>
      {children}
    </div>
  );
}
