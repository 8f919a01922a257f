/** Reading a Python call's arguments. */
import { field, namedChildren } from './model';
import type { PyNode } from './tree';

export interface PyArguments {
  positional: PyNode[];
  keywords: Map<string, PyNode>;
  /** `*args` or `**kwargs` were passed: more arguments than can be seen. */
  splat: boolean;
}

export function callArguments(call: PyNode, source: string): PyArguments {
  const args = field(call, 'arguments');
  const positional: PyNode[] = [];
  const keywords = new Map<string, PyNode>();
  let splat = false;
  for (const arg of args && args.type === 'argument_list' ? namedChildren(args) : args ? [args] : []) {
    if (arg.type === 'keyword_argument') {
      const name = field(arg, 'name');
      const value = field(arg, 'value');
      if (name && value) {
        keywords.set(source.slice(name.start, name.end), value);
      }
    } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') {
      splat = true;
    } else {
      positional.push(arg);
    }
  }
  return { positional, keywords, splat };
}

/** The argument at a position or passed by keyword. */
export function argument(call: PyNode, source: string, index: number, keyword?: string): PyNode | undefined {
  const args = callArguments(call, source);
  return (keyword !== undefined ? args.keywords.get(keyword) : undefined) ?? args.positional[index];
}
