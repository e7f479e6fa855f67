export { loadTemplate, loadTemplateFile } from './template/load-template-file.ts';
