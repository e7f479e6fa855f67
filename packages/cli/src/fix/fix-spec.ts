import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { parseMarkdown, type Template } from '@specmark/template';
import { applyFixes } from './apply-fixes.ts';
import { planChecklistFixes } from './plan-checklist-fixes.ts';
import { planStructureFixes } from './plan-structure-fixes.ts';
import { planVersionFix } from './plan-version-fix.ts';
import type { SpecFix } from './spec-fix.ts';
import { specOutline } from './spec-outline.ts';

/** Why a file was left alone by {@link fixSpec}. */
export type FixSkipReason =
  /** No frontmatter, or frontmatter that is not a YAML mapping. */
  | 'frontmatter-invalid'
  /** Frontmatter without a `template` key naming a known template. */
  | 'template-unknown';

/** The result of {@link fixSpec}. */
export type FixResult =
  /** The fixes and the fixed text (equal to the input when there was nothing to fix). */
  | { status: 'fixed'; fixes: SpecFix[]; output: string }
  /** The file was not touched. */
  | { status: 'skipped'; reason: FixSkipReason; template?: string };

/**
 * Apply the safe fixes to a spec: add missing sections and fields with their prompts, put back
 * deleted guardrails, raise `templateVersion` when the update is mechanical. Edits are surgical:
 * every byte outside the fixed places is kept (BOM, CRLF, spacing, MDX). A file whose frontmatter
 * cannot be read or names no known template is left alone.
 *
 * @param original The spec as read from disk.
 * @param templateFor Finds a template by the id the spec names (`undefined` when unknown).
 * @returns The fixes and the fixed text, or why the file was skipped.
 */
export function fixSpec(original: string, templateFor: (id: string) => Template | undefined): FixResult {
  const text = (original.charCodeAt(0) === 0xfeff ? original.slice(1) : original).replace(/\r\n?/g, '\n');
  const tree = parseMarkdown(text);
  const first = tree.children[0];
  if (first?.type !== 'yaml') return { status: 'skipped', reason: 'frontmatter-invalid' };
  const document = parseDocument((first as Yaml).value, { uniqueKeys: true });
  if (document.errors.length > 0 || !isMap(document.contents)) return { status: 'skipped', reason: 'frontmatter-invalid' };
  // Only the `template` key is read, so aliases are never expanded (nor fail to resolve).
  const id = document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'template' && isScalar(pair.value))?.value;
  const named = (id as Scalar | undefined)?.value;
  const template = typeof named === 'string' ? templateFor(named) : undefined;
  if (!template) return typeof named === 'string' ? { status: 'skipped', reason: 'template-unknown', template: named } : { status: 'skipped', reason: 'template-unknown' };

  const outline = specOutline(template, tree.children, text);
  const fixes = [
    ...planVersionFix(template, outline, first as Yaml, document, text),
    ...planStructureFixes(template, outline, text),
    ...planChecklistFixes(template, outline, text),
  ];
  return { status: 'fixed', fixes, output: applyFixes(original, fixes) };
}
