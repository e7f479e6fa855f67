import type { ApiOperation } from './api-index.ts';
import { operationLabel, pathShape } from './operation-label.ts';
import { trimTrailing } from './trim-trailing.ts';

/** `METHOD /path` written in prose. */
const methodAndPath = /\b(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE|QUERY)\s+`?(\/[^\s`'"),;]*)/gi;
/** A path written alone (`/v2/charges`), or a word that may be an operation id. */
const pathAlone = /(?:^|[\s(`'"])(\/[A-Za-z0-9_{}.~/-]+)/g;
const word = /[A-Za-z_][\w./-]*[\w]/g;
/** A Markdown link (`[Get a team by name](https://…#get-a-team-by-name)`): its text and its anchor. */
const link = /\[([^\]\n[]{1,200})\]\(([^)\s(]{0,500})\)/g;

/** A title as a comparable key: lower case, words only (`Get a team by name` → `get a team by name`). */
const titleKey = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The replacement each deprecated operation's own text names: another operation of the
 * description, written as `METHOD /path`, as a path (the same method preferred), as a link whose
 * text or anchor is the operation's summary, or as an operation id. An operation whose text names none it documents gets none.
 *
 * @param operations The description's operations.
 * @param textOf The summary and description of the operation at an index.
 * @returns Each deprecated operation with a replacement, and that replacement as `METHOD /path`.
 */
export function deprecationReplacements(operations: readonly ApiOperation[], textOf: (index: number) => string): Map<ApiOperation, string> {
  const replacements = new Map<ApiOperation, string>();
  if (!operations.some((operation) => operation.deprecated)) return replacements;
  const byShape = new Map<string, ApiOperation[]>();
  const byId = new Map<string, ApiOperation>();
  for (const operation of operations) {
    const shape = pathShape(operation.path);
    const same = byShape.get(shape);
    if (same) same.push(operation);
    else byShape.set(shape, [operation]);
    if (operation.operationId) byId.set(operation.operationId, operation);
  }
  // Summaries are compared only when a deprecated operation's text links to documentation.
  let summaries: Map<string, ApiOperation> | undefined;
  const bySummary = (title: string): ApiOperation | undefined => {
    if (!summaries) {
      summaries = new Map();
      for (const operation of operations) {
        const summary = titleKey(operation.summary);
        if (summary !== '' && !operation.deprecated && !summaries.has(summary)) summaries.set(summary, operation);
      }
    }
    return summaries.get(titleKey(title));
  };
  operations.forEach((operation, index) => {
    if (!operation.deprecated) return;
    const text = textOf(index);
    if (text === '') return;
    const live = (candidate: ApiOperation | undefined): candidate is ApiOperation => candidate !== undefined && candidate !== operation && !candidate.deprecated;
    let found: ApiOperation | undefined;
    for (const [, method, path] of text.matchAll(methodAndPath)) {
      found = byShape.get(pathShape(trimTrailing(path!, '.:')))?.find((candidate) => live(candidate) && candidate.method === method!.toUpperCase());
      if (found) break;
    }
    if (!found) {
      for (const [, path] of text.matchAll(pathAlone)) {
        const same = (byShape.get(pathShape(trimTrailing(path!, '.:'))) ?? []).filter(live);
        found = same.find((candidate) => candidate.method === operation.method) ?? same[0];
        if (found) break;
      }
    }
    if (!found) {
      // A link to the replacement's documentation, named by its title or its page's anchor.
      for (const [, title, url] of text.matchAll(link)) {
        const anchor = url!.includes('#') ? url!.slice(url!.indexOf('#') + 1).replaceAll('-', ' ') : '';
        found = [bySummary(title!), bySummary(anchor)].find(live);
        if (found) break;
      }
    }
    if (!found) {
      for (const [token] of text.matchAll(word)) {
        const candidate = byId.get(token);
        if (live(candidate)) {
          found = candidate;
          break;
        }
      }
    }
    if (found) replacements.set(operation, operationLabel(found));
  });
  return replacements;
}
