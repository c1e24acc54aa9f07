/**
 * Asks Excel to recalculate SPRING.* cells, so that they read fresh answers. Outside Excel (preview
 * mode) there is nothing to recalculate.
 */

/** Every formula of every open workbook: after the pane's Refresh, when every answer may have changed. */
export async function recalculateWorkbook(): Promise<void> {
  if (typeof Excel === 'undefined') return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/** A cell's address as a custom function's invocation gives it, split into its sheet and cell. */
export function splitAddress(address: string): { sheet: string; cell: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Za-z]{1,3}\d+(?::[A-Za-z]{1,3}\d+)?)$/.exec(
    address.trim(),
  );
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2] ?? '').replace(/''/g, "'"), cell: match[3] ?? '' };
}

/**
 * Recalculates these cells only (`Range.calculate`, ExcelApi 1.6), e.g. those that answered "Sign in"
 * before the user signed in; not every open workbook. A cell on a sheet deleted since is skipped.
 */
export async function recalculateCells(addresses: Iterable<string>): Promise<void> {
  if (typeof Excel === 'undefined') return;
  const cells = [...addresses].flatMap((address) => splitAddress(address) ?? []);
  if (cells.length === 0) return;
  await Excel.run(async (context) => {
    const sheets = new Map(
      [...new Set(cells.map(({ sheet }) => sheet))].map((name) => [
        name,
        context.workbook.worksheets.getItemOrNullObject(name),
      ]),
    );
    await context.sync();
    for (const { sheet, cell } of cells) {
      const found = sheets.get(sheet);
      if (found && !found.isNullObject) found.getRange(cell).calculate();
    }
    await context.sync();
  });
}
