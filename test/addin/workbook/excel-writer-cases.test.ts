import { makeExcelHarness } from './excel-harness';
import { describeWriterCases } from './writer.cases';

describeWriterCases('Excel writer', makeExcelHarness);
