/**
 * core/formats: other calendar and data formats in and out of Learning Feed 1.0. Importers
 * return a feed document (to save, validate, publish) and the problems met on the way.
 */
export type * from './document.js';
export { importIcs, type IcsImportOptions } from './ics/import.js';
export { exportIcs, exportOccurrenceIcs, type IcsExportOptions, type OccurrenceExportOptions } from './ics/export.js';
export { importOpenActive, type OpenActiveImportOptions } from './openactive.js';
export { importCsv, type CsvImportOptions, type CsvMapping, type CsvFieldSpec } from './csv.js';
