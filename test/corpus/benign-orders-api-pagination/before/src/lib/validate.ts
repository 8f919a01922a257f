export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface NewOrder {
  customerId: string;
  lines: OrderLine[];
  note?: string;
}

export class ValidationError extends Error {
  constructor(public readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ValidationError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseNewOrder(body: unknown): NewOrder {
  if (!isRecord(body)) throw new ValidationError('body', 'expected an object');
  const { customerId, lines, note } = body;
  if (typeof customerId !== 'string' || customerId.length === 0) {
    throw new ValidationError('customerId', 'required');
  }
  if (!Array.isArray(lines) || lines.length === 0) {
    throw new ValidationError('lines', 'at least one line is required');
  }
  const parsedLines = lines.map((line, i) => parseLine(line, `lines[${i}]`));
  if (note !== undefined && typeof note !== 'string') {
    throw new ValidationError('note', 'must be a string');
  }
  return { customerId, lines: parsedLines, note };
}

function parseLine(value: unknown, where: string): OrderLine {
  if (!isRecord(value)) throw new ValidationError(where, 'expected an object');
  const { sku, quantity, unitPriceCents } = value;
  if (typeof sku !== 'string' || !/^[A-Z0-9-]{3,32}$/.test(sku)) {
    throw new ValidationError(`${where}.sku`, 'invalid sku');
  }
  if (!Number.isInteger(quantity) || (quantity as number) <= 0) {
    throw new ValidationError(`${where}.quantity`, 'must be a positive integer');
  }
  if (!Number.isInteger(unitPriceCents) || (unitPriceCents as number) < 0) {
    throw new ValidationError(`${where}.unitPriceCents`, 'must be a non-negative integer');
  }
  return { sku, quantity: quantity as number, unitPriceCents: unitPriceCents as number };
}

export function orderTotalCents(order: Pick<NewOrder, 'lines'>): number {
  return order.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
}
