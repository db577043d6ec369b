// Numbers as plain decimals: GIFT, Moodle and QTI all reject "1e+21" and thousands separators.

export function plainDecimal(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** For people: "12,000". */
export function readableNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 20 });
}
