import type { Page } from 'playwright-core';

/**
 * Record what a visitor would call a broken page: console errors, uncaught exceptions, Content
 * Security Policy violations, failed requests and any request leaving the site's origin.
 *
 * @param page The page to watch; call before navigating.
 * @param siteUrl The site's address; requests elsewhere are reported.
 * @returns A function that returns the problems seen so far, one line each.
 */
export async function watchPage(page: Page, siteUrl: string): Promise<() => Promise<string[]>> {
  const origin = new URL(siteUrl).origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`third-party request: ${request.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => {
    const csp = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
    return [...problems, ...csp.map((line) => `CSP violation: ${line}`)];
  };
}
