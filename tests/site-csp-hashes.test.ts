import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { hashInlineCode } from '../src/lib/csp-inline-hashes.mjs';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string): string => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

test('adds the hash of each inline script to script-src, and leaves external scripts alone', () => {
  const html = page("script-src 'self'; style-src 'self';", '<script>let a = 1;</script><script type="module" src="/x.js"></script>');
  expect(hashInlineCode(html)).toContain(`content="script-src 'self' ${hash('let a = 1;')}; style-src 'self';"`);
});

test("adds 'unsafe-hashes' and the hash of each style attribute, as the browser reads it, to style-src", () => {
  const html = page("script-src 'self'; style-src 'self';", '<svg style="--size: 1em;"></svg><p style="font-family: &quot;A&quot;"></p>');
  expect(hashInlineCode(html)).toContain(`style-src 'self' 'unsafe-hashes' ${hash('--size: 1em;')} ${hash('font-family: "A"')};`);
});

test('adds each hash once, and adds a missing directive', () => {
  const html = page("default-src 'self';", '<script>x()</script><script>x()</script>');
  expect(hashInlineCode(html)).toContain(`content="default-src 'self'; script-src ${hash('x()')};"`);
});

test('leaves a page without a policy unchanged', () => {
  const html = '<html><body><script>x()</script></body></html>';
  expect(hashInlineCode(html)).toBe(html);
});

test('adds the hash of each inline style element to style-src', () => {
  const html = page("script-src 'self'; style-src 'self';", '<style>.a{color:red}</style>');
  expect(hashInlineCode(html)).toContain(`style-src 'self' ${hash('.a{color:red}')};`);
});

test('hashes only `<script>` and `<style>` elements closed by their end tag, judging `src` per start tag', () => {
  const html = page("script-src 'self'; style-src 'self';", '<scripts>a()</script><script src="/x.js" <script>b()</script><script>c()<style>.b{}</style><style>.c{}');
  expect(hashInlineCode(html)).toContain(`content="script-src 'self' ${hash('b()')}; style-src 'self' ${hash('.b{}')};"`);
});
