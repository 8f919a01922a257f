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

export interface FieldIssue {
  field: string;
  message: string;
}

export class ValidationError extends Error {
  public readonly issues: FieldIssue[];

  constructor(field: string, message: string, issues?: FieldIssue[]) {
    super(`${field}: ${message}`);
    this.name = 'ValidationError';
    this.issues = issues ?? [{ field, message }];
  }

  get field(): string {
    return this.issues[0].field;
  }

  static fromIssues(issues: FieldIssue[]): ValidationError {
    const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
    const err = new ValidationError(issues[0].field, issues[0].message, issues);
    err.message = summary;
    return err;
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
  const issues: FieldIssue[] = [];
  const parsedLines: OrderLine[] = [];
  lines.forEach((line, i) => {
    try {
      parsedLines.push(parseLine(line, `lines[${i}]`));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      issues.push(...err.issues);
    }
  });
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
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
