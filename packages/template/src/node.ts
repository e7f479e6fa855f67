export { loadTemplate, loadTemplateFile } from './load-template-file.ts';
