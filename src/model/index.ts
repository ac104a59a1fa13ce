export * from './types.ts';
export { validateDataset, parseDataset, DatasetError } from './validate.ts';
export * from './dates.ts';
export * from './view.ts';
export * from './graph.ts';
