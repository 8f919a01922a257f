import * as core from '@actions/core';
import type { Thresholds } from './size.mjs';

export interface Inputs {
  token: string;
  prefix: string;
  thresholds: Thresholds;
  ignore: string[];
}

function parseNumber(name: string, fallback: number): number {
  const raw = core.getInput(name);
  if (raw === '') return fallback;
  const value = Number.parseInt(raw, 10);
  if (Number.isNaN(value) || value < 0) {
    throw new Error(`Input "${name}" must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

export function readInputs(): Inputs {
  const token = core.getInput('github-token', { required: true });
  const prefix = core.getInput('prefix') || 'size/';
  const thresholds: Thresholds = {
    xs: parseNumber('xs', 10),
    s: parseNumber('s', 50),
    m: parseNumber('m', 200),
    l: parseNumber('l', 800),
  };
  const ignore = core
    .getMultilineInput('ignore')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  return { token, prefix, thresholds, ignore };
}
