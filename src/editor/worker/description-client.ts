import type { DescriptionRequest, DescriptionResponse, DescriptionStage } from './description-protocol.ts';

/** A request without its id; the client numbers requests. */
type DescriptionCall = DescriptionRequest extends infer R ? (R extends DescriptionRequest ? Omit<R, 'id'> : never) : never;

/** The answer to a request: any message but progress. */
export type DescriptionAnswer = Exclude<DescriptionResponse, { type: 'progress' }>;

/** Called while a file is opened: the stage, and the bytes read of the file's size. */
export type DescriptionProgress = (stage: DescriptionStage, loaded: number, total: number) => void;

/**
 * Talks to the description worker: numbers requests, passes progress on, and resolves each
 * request with its answer. The worker module is fetched when the client is made, not with the page.
 */
export class DescriptionWorkerClient {
  #worker: Worker;
  #next = 1;
  #pending = new Map<number, { resolve: (answer: DescriptionAnswer) => void; progress?: DescriptionProgress | undefined }>();

  /** Start the worker. */
  constructor() {
    this.#worker = new Worker(new URL('./description-worker.ts', import.meta.url), { type: 'module', name: 'specmark-api-description' });
    this.#worker.addEventListener('message', (event: MessageEvent<DescriptionResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (message.type === 'progress') {
        pending?.progress?.(message.stage, message.loaded, message.total);
        return;
      }
      this.#pending.delete(message.id);
      pending?.resolve(message);
    });
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      for (const [id, { resolve }] of this.#pending) resolve({ type: 'error', id, message: event.message || 'the worker stopped' });
      this.#pending.clear();
    });
  }

  /**
   * Send a request.
   *
   * @param call The request, without id.
   * @param progress Called as opening a file gets on (default: none).
   * @returns The worker's answer (an `error` answer when the request failed).
   */
  request(call: DescriptionCall, progress?: DescriptionProgress): Promise<DescriptionAnswer> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, { resolve, progress });
      this.#worker.postMessage({ ...call, id } as DescriptionRequest);
    });
  }

  /** Stop the worker; pending requests never resolve. */
  terminate(): void {
    this.#worker.terminate();
    this.#pending.clear();
  }
}
