/**
 * The most operations a provider's API description may document for a spec started from it to
 * take them all when it names none (`specmark new --api` without `--operation`, `new_spec` without
 * `operations`).
 */
export const allOperationsLimit = 10;
