// Loaded by each worker thread of the pool: piscina calls the export named by the task.
export { prepareBank, read } from './tasks';
