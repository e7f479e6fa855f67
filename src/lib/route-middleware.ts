import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isBuiltInTemplate } from '@specmark/template';
import { templateToc } from './template-toc.ts';
import { siteTemplate } from './templates.ts';

/**
 * Starlight route middleware. On a template's page (`templates/<id>`), the sections and fields
 * are rendered by components from the template model, so Starlight does not see their headings:
 * add them to the table of contents, before the page's own headings.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const match = /^templates\/([a-z0-9-]+)$/.exec(route.entry.id);
  if (!match?.[1] || !isBuiltInTemplate(match[1]) || !route.toc) return;
  const [overview, ...rest] = route.toc.items;
  route.toc.items = [...(overview ? [overview] : []), ...templateToc(await siteTemplate(match[1])), ...rest];
});
