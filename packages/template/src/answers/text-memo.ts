/**
 * Remember what a reading gives for texts that recur from spec to spec — the template's questions
 * and guardrails, which every spec that answers them repeats — for up to a number of texts.
 *
 * @param read The reading, a pure function of the text.
 * @param kept How many texts are remembered before starting over (default: 256; a template has a few dozen).
 * @returns The reading, remembered.
 */
export function memoByText<Value>(read: (text: string) => Value, kept = 256): (text: string) => Value {
  const memo = new Map<string, Value>();
  return (text) => memo.get(text) ?? remember(memo, kept, text, read(text));
}

/** Keep a value, starting over when the memo is full. */
function remember<Value>(memo: Map<string, Value>, kept: number, text: string, value: Value): Value {
  if (memo.size >= kept) memo.clear();
  memo.set(text, value);
  return value;
}
