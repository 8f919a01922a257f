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
    throw new InputError(`Input "${name}" must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function assertIncreasing(t: Thresholds): void {
  const order: Array<keyof Thresholds> = ['xs', 's', 'm', 'l'];
  for (let i = 1; i < order.length; i += 1) {
    const prev = order[i - 1];
    const cur = order[i];
    if (t[cur] <= t[prev]) {
      throw new InputError(`Threshold "${cur}" (${t[cur]}) must be greater than "${prev}" (${t[prev]})`);
    }
  }
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
  assertIncreasing(thresholds);
  if (!prefix.endsWith('/') && !prefix.endsWith('-') && !prefix.endsWith(':')) {
    core.warning(`Label prefix "${prefix}" has no separator; labels will look like "${prefix}XL"`);
  }
  const ignore = core
    .getMultilineInput('ignore')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  return { token, prefix, thresholds, ignore };
}
