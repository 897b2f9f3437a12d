/** A lap timer adding each phase's milliseconds into `trace`; a no-op without one. */
export function lapTimer(trace: Record<string, number> | undefined): (phase: string) => void {
  if (!trace) return () => {};
  let t = performance.now();
  return (phase) => {
    const now = performance.now();
    trace[phase] = (trace[phase] ?? 0) + now - t;
    t = now;
  };
}
