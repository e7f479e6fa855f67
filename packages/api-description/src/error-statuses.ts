import type { ApiOperation, ApiStatus } from './api-index.ts';

/** The error responses an operation documents. */
export interface ErrorStatuses {
  /** Its documented error statuses (`4xx`, `5xx`, and ranges such as `4XX`), in the description's order. */
  statuses: ApiStatus[];
  /**
   * Whether it documents errors only as `default` (Stripe does): no error status of its own, and a
   * `default` response.
   */
  defaultOnly: boolean;
}

/** A client or server error status, or a range of them (`404`, `5XX`). */
const errorStatus = /^[45](?:\d\d|XX)$/i;

/**
 * The error responses an operation documents: each `4xx` and `5xx` status (ranges included), or,
 * when it names none, whether it documents errors only as `default`.
 *
 * @param operation The operation.
 * @returns Its error statuses.
 */
export function errorStatuses(operation: Pick<ApiOperation, 'statuses'>): ErrorStatuses {
  const statuses = operation.statuses.filter((status) => errorStatus.test(status.code));
  return { statuses, defaultOnly: statuses.length === 0 && operation.statuses.some((status) => status.code === 'default') };
}
