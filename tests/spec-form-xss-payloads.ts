/**
 * Markup, Markdown and template syntax that would run script if the form or its preview treated
 * text as code anywhere. Each payload that ran would set `window.__xss` or `document.title`.
 */
export const xssPayloads: readonly string[] = [
  '<script>window.__xss = 1</script>',
  '<img src="x" onerror="window.__xss = 2">',
  '<div onmouseover="window.__xss = 3" onclick="window.__xss = 3">hover me</div>',
  '[a Markdown link](javascript:window.__xss=4)',
  '<javascript:window.__xss=5>',
  '<svg onload="window.__xss = 6"><circle r="1" /></svg>',
  '{window.__xss = 7} <Component onClick={() => (window.__xss = 7)} />',
  '&lt;script&gt;window.__xss = 8&lt;/script&gt; [entity link](&#x6A;avascript:window.__xss=8)',
  '[a data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9OTwvc2NyaXB0Pg==) ![a data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz05Ij48L3N2Zz4=)',
  '<iframe srcdoc="<script>parent.__xss = 10</script>"></iframe>',
  '<div style="background:url(javascript:window.__xss=11);width:expression(window.__xss=11)">styled</div>',
  '<a href="javascript:document.title=\'xss\'">an HTML link</a>',
  '"><img src=x onerror=window.__xss=13> \'><svg/onload=window.__xss=13>',
  '</textarea><script>window.__xss = 14</script></code></pre><script>window.__xss = 14</script>',
  '<form action="javascript:window.__xss=15"><button formaction="javascript:window.__xss=15">go</button></form>',
  '<object data="javascript:window.__xss=16"></object><embed src="javascript:window.__xss=16">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=17"><base href="javascript:/">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=18"></style></mglyph></table></mtext></math>',
  '${window.__xss = 19} {{constructor.constructor("window.__xss = 19")()}}',
  '[a reference link][evil]',
];

/** A Markdown reference definition that points at script; only valid on a line of its own. */
export const xssDefinition = '[evil]: javascript:window.__xss=20';

/**
 * Every payload on one line, for single-line inputs. It starts with a word, so that Markdown reads
 * the line as a paragraph with inline HTML and links, not as one raw HTML block.
 */
export const xssLine = 'Payloads: ' + xssPayloads.join(' ');

/**
 * Every payload in a paragraph of its own (so that one raw HTML block does not swallow the rest),
 * and the reference definition, for multi-line inputs.
 */
export const xssBlock = [...xssPayloads, xssDefinition].join('\n\n');
