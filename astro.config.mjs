// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { cspInlineHashes } from './src/lib/csp-inline-hashes.mjs';
import { siteSidebar } from './src/lib/site-sidebar.mjs';
import { sourceConditions } from './src/lib/source-conditions.mjs';
import { workerBrowserFixes } from './src/lib/worker-browser-fixes.mjs';

export default defineConfig({
  site: 'https://specmark.dev',
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'Specmark',
      description: 'Write the spec before you build the API integration: a template with guidance, a fill-in form, worked examples and a lint preset.',
      favicon: '/favicon.svg',
      sidebar: siteSidebar(),
      customCss: ['./src/styles/site.css'],
      routeMiddleware: './src/lib/route-middleware.ts',
      lastUpdated: false,
      pagefind: true,
      // Search loads Pagefind's UI on first use instead of with every page.
      components: { Search: './src/components/search/Search.astro' },
      // Code wraps instead of scrolling sideways: readable at 320 px, and no scroll region that
      // keyboard users would have to reach.
      expressiveCode: { defaultProps: { wrap: true } },
    }),
    mdx(),
    preact(),
    cspInlineHashes(),
  ],
  // Stylesheets as files: Astro leaves the CSS of islands inside content entries out of the CSP
  // hashes when it inlines it, and the browser then blocks it.
  build: { inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Search (Pagefind) compiles WebAssembly; nothing is loaded from anywhere but the site.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    plugins: [sourceConditions()],
    worker: { format: 'es', plugins: () => [sourceConditions(), workerBrowserFixes()] },
  },
});
