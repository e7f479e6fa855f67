import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** A request without its id; the client numbers requests. */
export type WorkerCall = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * Talks to the spec worker: numbers requests and resolves each with the response of the same id.
 * The worker module is fetched when the client is made, not with the page.
 */
export class SpecWorkerClient {
  #worker: Worker;
  #next = 1;
  #pending = new Map<number, (response: WorkerResponse) => void>();

  /** Start the worker. */
  constructor() {
    this.#worker = new Worker(new URL('./spec-worker.ts', import.meta.url), { type: 'module', name: 'specmark-spec' });
    this.#worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const resolve = this.#pending.get(event.data.id);
      this.#pending.delete(event.data.id);
      resolve?.(event.data);
    });
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      for (const [id, resolve] of this.#pending) resolve({ type: 'error', id, message: event.message || 'the worker stopped' });
      this.#pending.clear();
    });
  }

  /**
   * Send a request.
   *
   * @param call The request, without id.
   * @returns The worker's response (an `error` response when the request failed).
   */
  request(call: WorkerCall): Promise<WorkerResponse> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ ...call, id } as WorkerRequest);
    });
  }

  /** Stop the worker; pending requests never resolve. */
  terminate(): void {
    this.#worker.terminate();
    this.#pending.clear();
  }
}

let shared: SpecWorkerClient | undefined;

/**
 * The page's worker for quick requests — preview blocks, the spec's Markdown, imports and teams'
 * templates — shared by every part of the editor and started on the first request. Linting runs
 * in a worker of its own, so a slow lint never holds these up.
 *
 * @returns The worker's client.
 */
export function requestWorker(): SpecWorkerClient {
  shared ??= new SpecWorkerClient();
  return shared;
}
