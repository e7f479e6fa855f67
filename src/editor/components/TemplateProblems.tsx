import type { RefusedTemplate } from '../hooks/use-own-template.ts';

/** Longest part of a template's line shown with a problem, in characters. */
const longestLine = 200;

/**
 * The problems of a template file that could not be read, each as the command line reports it
 * (`file:line:column: message`) with the line it is on.
 */
export function TemplateProblems({ refused }: { refused: RefusedTemplate }) {
  const lines = refused.markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return (
    <section class="sm-template-problems" aria-labelledby="sm-template-problems-title">
      <h2 class="sm-heading" id="sm-template-problems-title">
        Problems in {refused.name}
      </h2>
      <ol class="sm-problem-list">
        {refused.problems.map((problem, index) => {
          const line = lines[problem.line - 1] ?? '';
          return (
            <li key={index}>
              <code class="sm-problem-place">{`${refused.name}:${problem.line}:${problem.column}`}</code>
              {`: ${problem.message}`}
              {line.trim() !== '' && (
                <pre class="sm-problem-line" aria-label={`Line ${problem.line}`}>
                  <code>
                    <span class="sm-line-number" aria-hidden="true">
                      {problem.line} |{' '}
                    </span>
                    {line.length > longestLine ? `${line.slice(0, longestLine - 1)}…` : line}
                  </code>
                </pre>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
