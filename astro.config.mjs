// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { sourceConditions } from './src/lib/source-conditions.mjs';

export default defineConfig({
  site: 'https://specmark.dev',
  integrations: [mdx()],
  vite: { plugins: [sourceConditions()] },
});
