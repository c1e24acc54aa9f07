/**
 * Asks Excel to recalculate every formula, so that SPRING.* cells read fresh answers after a refresh.
 * Outside Excel (preview mode) there is nothing to recalculate.
 */
export async function recalculateWorkbook(): Promise<void> {
  if (typeof Excel === 'undefined') return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
