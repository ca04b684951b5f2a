export { isOrganisationFile, loadProject } from './load-project.ts';
export type { InputFile, LoadOptions, Project } from './load-project.ts';
