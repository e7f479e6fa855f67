// The Node entry: reads description files and package paths from disk.
export { descriptionSizeLimit, loadDescription, locateDescription, type DescriptionFile, type DescriptionIndexStore, type LoadDescriptionOptions, type LoadedDescription } from './load-description.ts';
