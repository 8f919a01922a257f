/**
 * Whether a data loader feeds training or evaluation, from the names around it: what it is
 * assigned to (`train_loader`), the keyword or dict key it is passed as, the dataset it wraps
 * (`train_ds`, `dataset["train"]`), the function that builds it (`def train_dataloader`), a
 * training loop over it (`loss.backward()` in a `for` over the loader), or the file name.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { scopeNode } from './py-dynamic-locals';

export type Role = 'train' | 'eval';

const TRAIN = new Set(['train', 'training', 'trn', 'finetune', 'pretrain', 'pretraining', 'sft', 'rl', 'ppo', 'dpo']);
const EVAL = new Set([
  'val',
  'valid',
  'validation',
  'eval',
  'evaluation',
  'evaluate',
  'test',
  'testing',
  'tst',
  'dev',
  'calib',
  'calibration',
  'predict',
  'prediction',
  'pred',
  'inference',
  'infer',
  'holdout',
  'benchmark',
  'score',
  'scoring',
  'export',
  'embed',
  'encode',
]);

export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Run-together names: `valset`, `testloader`, `trainloader`. */
const EVAL_JOINED = /^(val|valid|test|eval|dev)(set|loader|data|dataset|dl|ds|iter|gen|batch|batches)$/;

function roleOfWords(ws: readonly string[]): Role | undefined {
  if (ws.some((w) => EVAL.has(w) || EVAL_JOINED.test(w))) {
    return 'eval';
  }
  return ws.some((w) => TRAIN.has(w) || w.startsWith('train')) ? 'train' : undefined;
}

const PASS_THROUGH = new Set([
  'argument_list',
  'parenthesized_expression',
  'conditional_expression',
  'list',
  'tuple',
  'expression_list',
  'boolean_operator',
]);

/** Names the expression is given by what holds it: assignment target, keyword, dict key, returning function. */
function holderNames(ctx: PyRuleContext, call: PyNode): { names: string[]; assigned?: PyNode } {
  const names: string[] = [];
  let node = call;
  let parent = node.parent;
  while (parent) {
    if (parent.type === 'keyword_argument') {
      const name = field(parent, 'name');
      names.push(name ? ctx.text(name) : '');
    } else if (parent.type === 'pair') {
      const key = field(parent, 'key');
      names.push(key ? (ctx.strings(key)?.[0] ?? ctx.text(key)) : '');
      break;
    } else if (parent.type === 'assignment') {
      const left = field(parent, 'left');
      if (left && node.field === 'right') {
        names.push(ctx.text(left));
        return { names, assigned: left.type === 'identifier' ? left : undefined };
      }
      break;
    } else if (parent.type === 'return_statement') {
      const fn = scopeNode(parent);
      const name = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
      names.push(name ? ctx.text(name) : '');
      break;
    } else if (!PASS_THROUGH.has(parent.type) && !(parent.type === 'call' && node.field === 'arguments')) {
      break;
    }
    node = parent;
    parent = node.parent;
  }
  return { names };
}

/** Identifiers and string constants inside an expression (the dataset a loader wraps). */
function expressionWords(ctx: PyRuleContext, node: PyNode | undefined): string[] {
  if (!node) {
    return [];
  }
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === 'identifier') {
      out.push(...words(ctx.text(n)));
    } else if (n.type === 'string') {
      out.push(...words(ctx.strings(n)?.[0] ?? ''));
    } else {
      stack.push(...namedChildren(n));
    }
  }
  return out;
}

/** A `for` loop over the name whose body calls `.backward()` or `.step()`: the name feeds training. */
function feedsTrainingLoop(ctx: PyRuleContext, name: PyNode): boolean {
  const target = ctx.text(name);
  const scope = scopeNode(name);
  const stack = [...scope.children];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === 'for_statement') {
      const right = field(n, 'right');
      const body = field(n, 'body');
      if (right && body && containsIdentifier(ctx, right, target) && callsBackward(ctx, body)) {
        return true;
      }
    }
    if (n.type !== 'function_definition' || scope.type === 'module') {
      stack.push(...n.children);
    }
  }
  return false;
}

function containsIdentifier(ctx: PyRuleContext, node: PyNode, name: string): boolean {
  if (node.type === 'identifier') {
    return ctx.text(node) === name;
  }
  return node.children.some((c) => containsIdentifier(ctx, c, name));
}

function callsBackward(ctx: PyRuleContext, node: PyNode): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === 'call') {
      const fn = field(n, 'function');
      const method = fn?.type === 'attribute' ? field(fn, 'attribute') : undefined;
      if (method && ['backward', 'backward_step'].includes(ctx.text(method))) {
        return true;
      }
    }
    stack.push(...n.children);
  }
  return false;
}

/** Training or evaluation, when the names around a loader call say so. */
export function loaderRole(ctx: PyRuleContext, call: PyNode, dataset: PyNode | undefined): Role | undefined {
  const holder = holderNames(ctx, call);
  for (const name of holder.names) {
    const role = roleOfWords(words(name));
    if (role) {
      return role;
    }
  }
  const fromData = roleOfWords(expressionWords(ctx, dataset));
  if (fromData) {
    return fromData;
  }
  const fn = ctx.enclosingFunction(call);
  const fnName = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  const fromFunction = fnName ? roleOfWords(words(ctx.text(fnName))) : undefined;
  if (fromFunction) {
    return fromFunction;
  }
  if (holder.assigned && feedsTrainingLoop(ctx, holder.assigned)) {
    return 'train';
  }
  const base = ctx.path.split('/').pop() ?? '';
  return roleOfWords(words(base.replace(/\.py$/, '')));
}
