/**
 * Long tasks on a page's main thread that run the extension's code.
 *
 * A page's own `PerformanceObserver({ type: 'longtask' })` does not see work
 * done by a content script (measured: a 940 ms content-script task went
 * unreported to the page), so this reads Chromium's own trace instead: the
 * top-level tasks of the page's renderer main thread, and the V8 CPU profile
 * samples inside them. A task is the extension's when a sampled stack in it
 * holds a function from the extension's package (`chrome-extension://<id>/`).
 *
 * Length is the task's CPU time on its thread (the trace's `tdur`), not its
 * wall time: on a shared two-core CI machine a thread waiting for a core
 * would make any task look long.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface LongTask {
  /** Start, ms after the first task of the trace on this thread. */
  at: number;
  /** Wall time and CPU time of the task. */
  ms: number;
  cpuMs: number;
  /** Extension functions seen on the stack in this task, most sampled first. */
  functions: string[];
  /** The task that evaluates the content script's bundle (its start-up, the same on every page). */
  startup: boolean;
}

export interface TaskReport {
  /** The extension's tasks over the threshold (CPU time). */
  long: LongTask[];
  /** How many tasks of any length ran the extension's code (shows the attribution works). */
  seen: number;
  /** The longest of the extension's tasks apart from start-up, in CPU ms, and what ran in it (for the benchmark notes). */
  longestMs: number;
  longestFunctions: string[];
  /** CPU ms of the content script's start-up task(s). */
  startupMs: number[];
  /** CPU ms of every task that ran the extension's code, start-up included: what the page paid in all. */
  totalCpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string };
}

export interface TaskRecorder {
  stop(thresholdMs?: number): Promise<TaskReport>;
}

/** Start tracing `page`'s renderer; `stop` returns the extension's long tasks. */
export async function recordLongTasks(page: Page, extensionId: string): Promise<TaskRecorder> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, (d: { value: TraceEvent[] }) => events.push(...d.value));
  await cdp.send(
    'Tracing.start' as never,
    {
      categories:
        'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler',
      transferMode: 'ReportEvents',
    } as never,
  );
  return {
    async stop(thresholdMs = 50) {
      const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete' as never, ok));
      await cdp.send('Tracing.end' as never);
      await complete;
      await cdp.detach().catch(() => {});
      return analyse(events, `chrome-extension://${extensionId}/`, thresholdMs);
    },
  };
}

function analyse(events: TraceEvent[], ext: string, thresholdMs: number): TaskReport {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Sample times, and the extension's functions on each sampled stack, per thread.
  const samples = new Map<string, { ts: number; fns: string[] }[]>();
  const profiles = new Map<string, { thread: string; last: number; nodes: Map<number, ProfileNode> }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id)
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        last: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
      });
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const d = e.args?.data;
    if (!p || !d) continue;
    for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const ids = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    const list = samples.get(p.thread) ?? [];
    samples.set(p.thread, list);
    for (let i = 0; i < ids.length; i++) {
      p.last += deltas[i] ?? 0;
      const fns: string[] = [];
      for (let n = p.nodes.get(ids[i]); n; n = n.parent ? p.nodes.get(n.parent) : undefined)
        if (n.callFrame.url?.startsWith(ext)) fns.push(n.callFrame.functionName || '(anonymous)');
      list.push({ ts: p.last, fns });
    }
  }
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(ext));
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0]?.ts ?? 0;
  const long: LongTask[] = [];
  let seen = 0;
  let longestMs = 0;
  let longestFunctions: string[] = [];
  const startupMs: number[] = [];
  let totalCpuMs = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inTask = (samples.get(`${t.pid}:${t.tid}`) ?? []).filter((s) => s.ts >= t.ts && s.ts <= end);
    const counts = new Map<string, number>();
    for (const s of inTask) for (const f of new Set(s.fns)) counts.set(f, (counts.get(f) ?? 0) + 1);
    const startup = evaluations.some((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= end);
    if (!counts.size && !startup) continue;
    seen++;
    const cpuMs = (t.tdur ?? t.dur ?? 0) / 1000;
    totalCpuMs += cpuMs;
    const functions = [...counts].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ×${n}`);
    if (startup) startupMs.push(Math.round(cpuMs));
    else if (cpuMs > longestMs) {
      longestMs = cpuMs;
      longestFunctions = functions;
    }
    if (cpuMs <= thresholdMs) continue;
    long.push({
      at: Math.round((t.ts - t0) / 1000),
      ms: Math.round((t.dur ?? 0) / 1000),
      cpuMs: Math.round(cpuMs),
      functions,
      startup,
    });
  }
  return { long, seen, longestMs: Math.round(longestMs), longestFunctions, startupMs, totalCpuMs };
}

/**
 * The extension's CPU on a page *without the profiler* (which slows all code):
 * the trace's top-level tasks of the page's main thread that evaluate the
 * extension's script, run microtasks (the extension's promise continuations:
 * a storage reply, a message answer) or deliver a window message (WXT's
 * "content script started"). This attribution only holds on pages that run no
 * script of their own (otherwise their microtasks would count as ours), so the
 * benchmark uses it on its script-free fixture pages; a task of the page's HTML
 * parser (which ends in a microtask checkpoint too) is never counted.
 */
export async function recordExtensionCpuLite(page: Page, extensionId: string): Promise<{ stop(): Promise<number> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, (d: { value: TraceEvent[] }) => events.push(...d.value));
  await cdp.send(
    'Tracing.start' as never,
    {
      categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    } as never,
  );
  return {
    async stop() {
      const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete' as never, ok));
      await cdp.send('Tracing.end' as never);
      await complete;
      await cdp.detach().catch(() => {});
      const ext = `chrome-extension://${extensionId}/`;
      const ours = new Set(['RunMicrotasks', 'HandlePostMessage']);
      const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
      const inside = (t: TraceEvent, e: TraceEvent) =>
        e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0);
      const marks = events.filter(
        (e) => ours.has(e.name) || (e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(ext)),
      );
      // Only the renderer main thread that evaluated our script (the page's frame).
      const evals = marks.filter((e) => e.name === 'EvaluateScript');
      const threads = new Set(evals.map((e) => `${e.pid}:${e.tid}`));
      // The HTML parser's own tasks also end in a microtask checkpoint: those are the page's, not ours.
      const parses = events.filter((e) => e.name === 'ParseHTML' && threads.has(`${e.pid}:${e.tid}`));
      let cpu = 0;
      for (const t of tasks) {
        if (!threads.has(`${t.pid}:${t.tid}`)) continue;
        const evaluates = evals.some((m) => inside(t, m));
        if (!evaluates && parses.some((m) => inside(t, m))) continue;
        if (marks.some((m) => inside(t, m))) cpu += (t.tdur ?? t.dur ?? 0) / 1000;
      }
      return cpu;
    },
  };
}
