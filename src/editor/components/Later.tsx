import { Component, type ComponentChildren } from 'preact';
import { Suspense } from 'preact/compat';
import { hydrationStep } from '../view/hydration-steps.ts';

/** Props of {@link Later}. */
interface Props {
  /** What to hydrate later: one element at its root. */
  children: ComponentChildren;
  /** Whether to hydrate it in a step of its own (default: `false`: at once, with its parent). */
  step?: boolean;
}

/** Waits for its hydration step by suspending (Preact keeps the server's markup meanwhile). */
class Step extends Component<{ children: ComponentChildren }> {
  #ready = false;
  #waiting: Promise<void> | undefined;

  override render({ children }: { children: ComponentChildren }) {
    if (!this.#ready) {
      this.#waiting ??= hydrationStep().then(() => {
        this.#ready = true;
      });
      throw this.#waiting;
    }
    return children;
  }
}

/**
 * Hydrate part of a server-rendered island in a task of its own: while it waits, Preact keeps the
 * server's markup on screen (Suspense during hydration), so the island's start is split into short
 * tasks instead of one long one. Only for markup rendered on the server; on the server itself and
 * with `step` unset, the children render at once.
 */
export function Later({ children, step = false }: Props) {
  if (!step || typeof document === 'undefined') return <>{children}</>;
  return (
    <Suspense fallback={null}>
      <Step>{children}</Step>
    </Suspense>
  );
}
