import {
  answerExpectations,
  fillSentenceFrame,
  promptsIn,
  readPromptHint,
  readResolvedQuestion,
  readSentenceFrame,
  writeQuestion,
  writeResolvedQuestion,
  writeWaiver,
  type FieldKind,
  type Template,
  type TemplateField,
} from '@specmark/template';

/** One item of a list-like field, as an agent fills it in. */
export interface GuideItem {
  /** The item as the template writes it. */
  text: string;
  /** `true` when a spec must keep the item (a guardrail, a question); `false` for a prompt to replace. */
  required: boolean;
}

/** One field of a template, with what it asks and how to answer it. */
export interface FieldGuide {
  /** Stable id (`who-this-is-for`). */
  slug: string;
  /** The `###` heading a spec keeps (`Who this is for`). */
  title: string;
  /** How the field is answered: `prose`, `list`, `sentence-frames`, `questions` or `checklist`. */
  kind: FieldKind;
  /** How to write the answer, in a sentence or two. */
  howToAnswer: string;
  /** The field's body in the template, verbatim: what a new spec shows until it is answered. */
  prompt: string;
  /** The hints of its bracketed prompts, without brackets and examples. */
  asks: string[];
  /** The `e.g.` examples the template gives: illustrations, never to be copied as the answer. */
  examples: string[];
  /** The template's items (empty for `prose`). */
  items: GuideItem[];
  /** One answered item written the way the checks read it, `…` standing for your words (empty for `prose`). */
  answerFormat: string[];
  /** What a good answer names, sentence by sentence: what the checks of answers' content look for. */
  goodAnswer: string[];
  /** The field's settings in the template (such as `vagueAudiences`: answers too vague to accept) (default: `{}`). */
  options: Record<string, unknown>;
}

/** A template, section by section, as an agent fills it in. */
export interface TemplateGuide {
  /** Template id (`api-integration`). */
  id: string;
  /** Version a spec names in `templateVersion`. */
  version: number;
  /** Human title. */
  title: string;
  /** What the template is for. */
  summary: string;
  /** Situations it fits. */
  useFor: string[];
  /** What the spec's `#` heading asks for. */
  titlePrompt: string;
  /** Examples of that heading. */
  titleExamples: string[];
  /** Sections in template order, each with its fields. */
  sections: { slug: string; title: string; fields: FieldGuide[] }[];
}

/** The hints and examples of every prompt in some texts. */
function promptParts(texts: readonly string[]): { asks: string[]; examples: string[] } {
  const hints = texts.flatMap((text) => promptsIn(text)).map(readPromptHint);
  return { asks: hints.map((hint) => hint.asks).filter((asks) => asks !== ''), examples: hints.flatMap((hint) => hint.examples) };
}

/** How to write a field's answer, by kind. Every such sentence lives here. */
function howToAnswer(field: TemplateField): string {
  const required = field.items.some((item) => !item.prompt);
  switch (field.kind) {
    case 'prose':
      return 'Replace the bracketed prompt with your own prose: specific, in a few sentences or paragraphs.';
    case 'list':
      return 'Write a `-` list in place of the bracketed items: as many items of your own as apply, one point each.';
    case 'sentence-frames':
      return 'Keep the fixed words of each sentence and fill every [gap] with specifics; add more sentences of the same form where needed.';
    case 'questions':
      return 'Keep every bold question, in bold, and write its answer after it in the same list item; extra questions are welcome.';
    case 'checklist':
      return required
        ? 'Keep every item as written: check it (`[x]`) when it is met, or strike it through and say why it does not apply after it. Extra items are welcome.'
        : 'Write each open question as a task item ending in `?`; once it is answered, check it (`[x]`) and write the answer after the `?` (required from `status: approved` on).';
  }
}

/** One answered item of a field, written with the template's own writers. */
function answerFormat(field: TemplateField): string[] {
  const first = field.items[0];
  if (field.kind === 'prose' || first === undefined) return [];
  switch (field.kind) {
    case 'list':
      return ['- …'];
    case 'sentence-frames': {
      const frame = readSentenceFrame(first.text);
      return [`- ${fillSentenceFrame(frame, frame.gaps.map(() => '…'))}`];
    }
    case 'questions':
      return [`- ${writeQuestion({ question: first.text, answer: '…' })}`];
    case 'checklist': {
      const required = field.items.find((item) => !item.prompt);
      if (required) return [`- [x] ${required.text}`, `- [ ] ${writeWaiver({ item: required.text, reason: '…' })}`];
      const { question } = readResolvedQuestion(readPromptHint(first.text).asks);
      const asked = question.endsWith('?') ? question : `${question}?`;
      return [`- [ ] ${asked}`, `- [x] ${writeResolvedQuestion({ question: asked, answer: '…' })}`];
    }
  }
}

/**
 * Describe a template for filling it in field by field: each field's kind, prompt, what it asks,
 * the template's examples, its items (required or to replace), the format of an answer and how
 * to write it. Everything comes from the template model, so a team's own template gets the same.
 *
 * @param template The template.
 * @returns The guide.
 */
export function templateGuide(template: Template): TemplateGuide {
  const title = promptParts([template.titlePrompt]);
  return {
    id: template.id,
    version: template.version,
    title: template.title,
    summary: template.summary,
    useFor: [...template.useFor],
    titlePrompt: template.titlePrompt,
    titleExamples: title.examples,
    sections: template.sections.map((section) => ({
      slug: section.slug,
      title: section.title,
      fields: section.fields.map((field) => ({
        slug: field.slug,
        title: field.title,
        kind: field.kind,
        howToAnswer: howToAnswer(field),
        prompt: field.prompt,
        ...promptParts(field.kind === 'prose' ? [field.prompt] : field.items.map((item) => item.text)),
        items: field.items.map((item) => ({ text: item.text, required: !item.prompt })),
        answerFormat: answerFormat(field),
        goodAnswer: answerExpectations(field),
        options: { ...field.options },
      })),
    })),
  };
}
