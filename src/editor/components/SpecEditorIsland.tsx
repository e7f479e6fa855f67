import { useState } from 'preact/hooks';
import SpecForm, { type SpecFormProps } from './SpecForm.tsx';

/** Props of {@link SpecEditorIsland}. */
export interface SpecEditorIslandProps {
  /** The editor's props ({@link SpecFormProps}) as one JSON text. */
  props: string;
}

/**
 * The editor as an island whose props travel as one JSON text: the browser parses it natively in a
 * fraction of a millisecond, where Astro would revive tens of kilobytes of props (the template, the
 * blank spec's preview and lint results) value by value while the page starts.
 */
export default function SpecEditorIsland({ props }: SpecEditorIslandProps) {
  const [parsed] = useState(() => JSON.parse(props) as SpecFormProps);
  return <SpecForm {...parsed} />;
}
