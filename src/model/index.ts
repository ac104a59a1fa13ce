export * from './types.ts';
export { validateDataset, parseDataset, DatasetError } from './validate.ts';
