import { mayBeSpec, readSpec, type SpecDocument, type SpecReading, type Template } from '@specmark/template';
import type { Root } from 'mdast';
import type { Processor, Transformer } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { applySeverity, setSeverity } from './apply-severity.ts';
import { isRefused, withdrawRefusal } from './bounded-parse.ts';
import { specmarkMessageControl } from './message-control.ts';
import { specmarkSafeMessages } from '../secrets/safe-messages.ts';
import { knownTemplates, resolveTemplate, type TemplateChoice } from './resolve-template.ts';
import { messageTexts, type RuleMessages } from './rule-messages.ts';
import { ruleUrl } from './rule-url.ts';
import { specDocument } from '../spec/spec-document.ts';
import { settingsKey, type TemplateOptions } from './template-options.ts';

declare module 'vfile' {
  interface DataMap {
    /** Set by every Specmark rule on a file that is not a spec (see `chooseTemplate` of `@specmark/template`): none of them reports anything about it. */
    specmarkNotSpec: boolean;
  }
}

/** A severity label or number, as remark-lint configurations write it. */
export type SeverityLabel = 'off' | 'on' | 'warn' | 'error' | 0 | 1 | 2 | boolean;

/**
 * A rule's configuration, the remark-lint way: options, a severity, or `[severity, options]`.
 * Without a severity the rule's default applies.
 */
export type RuleConfig<Options> = Options | SeverityLabel | [SeverityLabel, Options?] | null | undefined;

/**
 * How severe a rule's messages are by default: `error` always, or `status` — warnings while the
 * spec's `status` is `draft`, errors otherwise.
 */
export type DefaultSeverity = 'error' | 'status';

/** What a rule's check receives. */
export interface RuleContext<Options> {
  /** The spec's syntax tree, as the processor parsed it. */
  tree: Root;
  /** The spec file. */
  file: VFile;
  /** The spec, read once for every rule: normalised text, tree, frontmatter. */
  document: SpecDocument;
  /** The rule's options, checked. */
  options: Options;
  /** The template chosen for the spec, or why there is none. */
  choice: TemplateChoice;
}

/** A rule's definition. */
export interface RuleDefinition<Options extends TemplateOptions> {
  /** Rule id; also its file name and docs slug. */
  id: string;
  /** Default severity. */
  severity: DefaultSeverity;
  /** Every message the rule gives, by id (see `defineMessages`): it reports them by id and data. */
  messages: RuleMessages;
  /**
   * Check and complete the options (default: accept only the template options).
   *
   * @throws {Error} With a message listing the allowed values.
   */
  options?: (raw: Record<string, unknown>) => Options;
  /** Whether the rule only runs when a template was found for the spec (default: `true`). */
  needsTemplate?: boolean;
  /**
   * The check; reports its messages through `report` and `reportRepair`. With a template it also gets the spec's reading
   * against it (which heading is which section or field), the same for every rule and tool.
   */
  check: (context: RuleContext<Options> & { template: Template | undefined; reading: SpecReading | undefined }) => void | Promise<void>;
}

/** The unified plugin a rule is. */
export type RulePlugin<Options> = (this: Processor, config?: RuleConfig<Options>) => Transformer<Root> | undefined;

/** Each rule's messages, by plugin, for {@link ruleMessageTexts}. */
const declaredMessages = new WeakMap<object, Record<string, string>>();

/**
 * The messages a rule declares: id → wording with `{{name}}` placeholders (ESLint's
 * `meta.messages`). Every message the rule gives carries one of these ids as `messageId`.
 *
 * @param rule A rule made by {@link createRule}.
 * @returns Id → wording (empty for anything else).
 */
export function ruleMessageTexts(rule: object): Readonly<Record<string, string>> {
  return declaredMessages.get(rule) ?? {};
}

/** Each rule's own reading of its configuration, by plugin, for {@link checkRuleConfig}. */
const configReaders = new WeakMap<object, (config: unknown) => void>();

/**
 * Check a rule's configuration the way the rule itself reads it when it is used (severity and
 * options), without using it: the preset checks its `rules` option with this before any rule is
 * attached.
 *
 * @param rule A rule made by {@link createRule}.
 * @param config The configuration, the remark-lint way.
 * @throws {Error} With the rule's own message (listing the allowed values) when the rule refuses it.
 */
export function checkRuleConfig(rule: object, config: unknown): void {
  configReaders.get(rule)?.(config);
}

/**
 * Build a lint rule with `unified-lint-rule`: origin `specmark:<id>`, `url` its docs page, the
 * severity and options configurable the remark-lint way, `<!--lint disable <id>-->` honoured.
 *
 * @param definition The rule.
 * @returns The rule as a unified plugin.
 */
export function createRule<Options extends TemplateOptions>(definition: RuleDefinition<Options>): RulePlugin<Options> {
  const { id, severity: defaultSeverity, check, needsTemplate = true } = definition;
  const readOptions = definition.options ?? ((raw: Record<string, unknown>) => raw as Options);
  const lint = lintRule<Root, { options: Options; processor: Processor }>(
    { origin: `specmark:${id}`, url: ruleUrl(id) },
    (tree, file, internal) => {
      const { options, processor } = internal as { options: Options; processor: Processor };
      const shared = (processor.data(settingsKey as never) ?? {}) as TemplateOptions;
      const templateOptions: TemplateOptions = { ...shared };
      if (options.template !== undefined) templateOptions.template = options.template;
      if (options.templates !== undefined) templateOptions.templates = options.templates;
      // Text refused before parsing (nested too deep, a block too long) has one error already and
      // no tree to check; the error stays only when the file may be a spec.
      if (isRefused(file)) return judgeRefused(file, templateOptions);
      const document = specDocument(tree, file);
      const run = (choice: TemplateChoice | undefined): void | Promise<void> => {
        // Not a spec (see `chooseTemplate`): no rule says anything about it, and tools that pick
        // specs from a folder (`specmark check`) read that here.
        if (!choice) {
          file.data.specmarkNotSpec = true;
          return;
        }
        // Frontmatter that cannot be read (one that never closes makes parsers read what follows
        // differently) does not say which template the spec follows: the rules that need it wait
        // until it is mended (`frontmatter-schema` reports it).
        if (needsTemplate && (!choice.template || !document.frontmatter.readable)) return;
        const reading = choice.template ? readSpec(choice.template, document) : undefined;
        return check({ tree, file, document, options, choice, template: choice.template, reading });
      };
      const choice = resolveTemplate(document, templateOptions);
      return choice instanceof Promise ? choice.then(run) : run(choice);
    },
  );

  const plugin: RulePlugin<Options> = function (this: Processor, config?: RuleConfig<Options>) {
    const { level, raw } = splitConfig(config);
    if (level === 0) return undefined;
    const options = readOptions(raw);
    this.use(specmarkMessageControl);
    this.use(specmarkSafeMessages);
    this.use(applySeverity);
    const transform = lint.call(this, [level === 2 ? 2 : 1, { options, processor: this }] as never) as unknown as (
      tree: Root,
      file: VFile,
      next: (error?: Error | null) => void,
    ) => void;
    return function (tree: Root, file: VFile, next: (error?: Error | null) => void): void {
      const first = file.messages.length;
      transform(tree, file, (error) => {
        const warn = level === undefined ? defaultSeverity === 'status' && isDraft(tree, file) : level === 1;
        for (const message of file.messages.slice(first)) if (message.source === 'specmark') setSeverity(message, !warn);
        next(error);
      });
    } as unknown as Transformer<Root>;
  };
  Object.defineProperty(plugin, 'name', { value: `specmark:${id}` });
  declaredMessages.set(plugin, messageTexts(definition.messages));
  configReaders.set(plugin, (config) => {
    const { level, raw } = splitConfig(config);
    if (level !== 0) readOptions(raw);
  });
  return plugin;
}

/** Refused files already judged, so that only the first rule looks. */
const judged = new WeakSet<VFile>();

/** Withdraw a refused file's error when the file cannot be a spec (`mayBeSpec` over the known templates). */
function judgeRefused(file: VFile, options: TemplateOptions): void | Promise<void> {
  if (judged.has(file)) return;
  judged.add(file);
  const judge = (templates: Template[] | Error): void => {
    if (templates instanceof Error || mayBeSpec(file.toString(), templates)) return;
    withdrawRefusal(file);
    file.data.specmarkNotSpec = true;
  };
  const known = knownTemplates(options);
  return known instanceof Promise ? known.then(judge) : judge(known);
}

/** Whether the spec's `status` is `draft`. */
function isDraft(tree: Root, file: VFile): boolean {
  return specDocument(tree, file).frontmatter.entries.get('status')?.value === 'draft';
}

/** Split a remark-lint style configuration into an explicit level (if any) and options. */
function splitConfig(config: unknown): { level: 0 | 1 | 2 | undefined; raw: Record<string, unknown> } {
  let level: 0 | 1 | 2 | undefined;
  let options: unknown = config;
  if (Array.isArray(config)) {
    level = toLevel(config[0]);
    options = config[1];
  } else if (config !== undefined && config !== null && typeof config !== 'object') {
    level = toLevel(config);
    options = undefined;
  }
  if (options === undefined || options === null) return { level, raw: {} };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`Unexpected options \`${JSON.stringify(options)}\`, expected an object`);
  }
  return { level, raw: options as Record<string, unknown> };
}

function toLevel(value: unknown): 0 | 1 | 2 {
  switch (value) {
    case false:
    case 0:
    case 'off':
      return 0;
    case true:
    case 1:
    case 'on':
    case 'warn':
      return 1;
    case 2:
    case 'error':
      return 2;
    default:
      throw new Error(`Unexpected severity \`${JSON.stringify(value)}\`, expected one of \`'off'\`, \`'warn'\`, \`'on'\`, \`'error'\`, \`0\`, \`1\`, \`2\`, \`true\`, \`false\``);
  }
}
