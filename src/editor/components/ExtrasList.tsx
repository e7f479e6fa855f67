import type { ExtraContent, UnmappedContent } from '@specmark/template';
import { unmappedReasons } from '../form-messages.ts';
import { formFields, type FormTemplate } from '../model/form-template.ts';

/** Props of {@link ExtrasList}. */
interface Props {
  /** The form template, for naming anchors. */
  template: FormTemplate;
  /** Content of the draft that belongs to no field. */
  extras: ExtraContent[];
  /** What the last import could not map, with reasons and places. */
  unmapped: UnmappedContent[];
  /** Remove one piece. */
  onRemove: (index: number) => void;
}


/** Where a piece of extra content goes, in words. */
function anchorName(template: FormTemplate, anchor: string): string {
  if (anchor === 'start') return 'the start of the spec';
  if (anchor === 'frontmatter') return 'the frontmatter';
  if (anchor === 'title') return 'the title';
  const [kind, slug] = anchor.split(':');
  const title = kind === 'section' ? template.sections.find((section) => section.slug === slug)?.title : formFields(template).find((field) => field.slug === slug)?.title;
  return title ?? anchor;
}

/**
 * Content of an imported spec that fits no field: shown as it is, kept in the spec where it was,
 * and removable one piece at a time.
 */
export function ExtrasList({ template, extras, unmapped, onRemove }: Props) {
  if (extras.length === 0) return null;
  return (
    <section class="sm-extras" aria-labelledby="sm-extras-title" id="sm-extras">
      <h2 class="sm-heading" id="sm-extras-title">
        Kept from the imported file
      </h2>
      <p class="sm-hint">These parts did not fit a field of the template. They stay in the spec after the part named, as written.</p>
      <ul>
        {extras.map((extra, index) => {
          const found = unmapped.find((each) => each.anchor === extra.anchor && each.markdown === extra.markdown);
          return (
            <li key={index}>
              <p>
                After {anchorName(template, extra.anchor)}
                {found && ` — ${unmappedReasons[found.reason]}, line ${found.place.line}`}{' '}
                <button type="button" onClick={() => onRemove(index)}>
                  Remove<span class="sm-visually-hidden"> part {index + 1}</span>
                </button>
              </p>
              <pre tabIndex={0} aria-label={`Kept part ${index + 1}`}>
                <code>{extra.markdown}</code>
              </pre>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
