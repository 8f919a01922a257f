import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { argument, callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { findCall, hasConstantPrefix, isPlainConstant, riskyPlace } from '../support/py-dynamic-paths';

const IMPORTERS = new Set(['importlib.import_module', 'importlib.__import__', 'builtins.__import__']);
/** Calls that load and run a Python file by path, with the position of the path. */
const FILE_RUNNERS: Record<string, number> = {
  'importlib.util.spec_from_file_location': 1,
  'importlib.machinery.SourceFileLoader': 1,
  'importlib.machinery.SourcelessFileLoader': 1,
  'importlib.machinery.ExtensionFileLoader': 1,
  'runpy.run_path': 0,
  'runpy.run_module': 0,
  'imp.load_source': 1,
  'imp.load_compiled': 1,
  'imp.load_dynamic': 1,
  'imp.load_module': 2,
  'imp.load_package': 1,
  'zipimport.zipimporter': 0,
};
const CONSOLES = [
  'code.interact',
  'code.InteractiveConsole().push',
  'code.InteractiveConsole().interact',
  'code.InteractiveConsole().runsource',
  'code.InteractiveConsole().runcode',
  'code.InteractiveInterpreter().runsource',
  'code.InteractiveInterpreter().runcode',
];
const PATH_ADDERS = new Set(['sys.path.insert', 'sys.path.append', 'sys.path.extend', 'site.addsitedir']);
/** Calls that make code objects at run time. */
const CODE_SOURCES = new Set(['builtins.compile', 'marshal.loads', 'marshal.load', 'types.CodeType']);

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

export default definePyRule({
  meta: {
    id: 'py/dynamic-import-exec',
    category: 'dynamic-code',
    severity: 'medium',
    summary:
      'Importing or running code chosen at run time: `import_module`/`__import__` of computed names, loading files by path (spec_from_file_location, runpy, imp), interactive consoles, functions built from code objects, `sys.path` entries in writable places.',
    why:
      'An `import` statement names the code it runs; these calls decide it while the program runs: from a variable, a file ' +
      'path or a string built to hide the name. A reviewer cannot see what will run, and a file in a temp directory or a path ' +
      'from the environment can be swapped by someone else. Constant names are ordinary imports and are not flagged.',
    incorrect: [
      'import importlib\nmod = importlib.import_module(name)',
      "import importlib.util\nspec = importlib.util.spec_from_file_location('m', path)",
      'import runpy\nrunpy.run_path(script)',
      "import sys\nsys.path.insert(0, '/tmp/plugins')",
      'import code\ncode.interact(local=locals())',
    ],
    correct: [
      "import importlib\njson = importlib.import_module('json')",
      'import os, sys\nsys.path.insert(0, os.path.dirname(__file__))',
      "mod = __import__('os')",
      'self.run_path(p)',
    ],
    messages: {
      dynamicName: '`{{name}}` imports a module whose name is computed at run time (`{{arg}}`): what runs is decided by that value.',
      scopedName: '`{{name}}` imports a module chosen at run time inside a fixed package (`{{arg}}`).',
      hiddenName: '`{{name}}` imports `{{module}}` through a computed name (`{{arg}}`): write `import {{module}}` so it can be reviewed.',
      fileRun: '`{{name}}` loads and runs Python code from the path `{{arg}}`: the file, not this diff, decides what runs.',
      fileRunConstant: '`{{name}}` loads and runs Python code from `{{arg}}`, outside the import system.',
      console: '`{{name}}` runs an interactive Python interpreter: whatever it reads is executed.',
      codeObject: '`{{name}}` builds a function from a code object made at run time (`{{arg}}`): bytecode no reviewer can read.',
      sysPath: '`{{name}}` adds {{place}} (`{{arg}}`) to the import path: any module placed there shadows the real one on the next import.',
    },
  },
  create(ctx) {
    const report = (node: PyNode, messageId: string, severity: Severity, data: Record<string, string>, trace?: readonly PyNode[]): void => {
      const category = messageId === 'hiddenName' ? 'obfuscation' : undefined;
      ctx.report({ node, messageId, severity, data, trace, category });
    };

    const checkImporter = (node: PyNode, name: string, trace: readonly PyNode[]): void => {
      const arg = argument(node, ctx.sourceText, 0, 'name');
      if (!arg) {
        return;
      }
      const text = clip(ctx.text(arg));
      const modules = ctx.strings(arg);
      if (modules) {
        if (!isPlainConstant(ctx, arg)) {
          report(node, 'hiddenName', 'medium', { name, module: modules[0], arg: text }, trace);
        }
        return;
      }
      // A relative name with `package=` stays inside that package.
      const scoped = hasConstantPrefix(ctx, arg) || argument(node, ctx.sourceText, 1, 'package') !== undefined;
      report(node, scoped ? 'scopedName' : 'dynamicName', scoped ? 'low' : 'medium', { name, arg: text }, trace);
    };

    const checkFileRunner = (node: PyNode, name: string, index: number, trace: readonly PyNode[]): void => {
      const arg = callArguments(node, ctx.sourceText).positional[index] ?? argument(node, ctx.sourceText, index, 'path');
      if (!arg) {
        return;
      }
      const constant = ctx.strings(arg) !== undefined && riskyPlace(ctx, arg) === undefined;
      report(node, constant ? 'fileRunConstant' : 'fileRun', constant ? 'medium' : 'high', { name, arg: clip(ctx.text(arg)) }, trace);
    };

    const checkCodeObject = (node: PyNode, name: string, trace: readonly PyNode[]): void => {
      if (name === 'types.CodeType') {
        report(node, 'codeObject', 'high', { name, arg: clip(ctx.text(node)) }, trace);
        return;
      }
      const arg = callArguments(node, ctx.sourceText).positional[0];
      if (arg && findCall(ctx, arg, (n) => CODE_SOURCES.has(n))) {
        report(node, 'codeObject', 'high', { name, arg: clip(ctx.text(arg)) }, trace);
      }
    };

    const checkPath = (node: PyNode, name: string, trace: readonly PyNode[]): void => {
      const args = callArguments(node, ctx.sourceText).positional;
      const arg = name === 'sys.path.insert' ? args[1] : args[0];
      const place = arg ? riskyPlace(ctx, arg) : undefined;
      if (arg && place) {
        report(node, 'sysPath', 'medium', { name, place, arg: clip(ctx.text(arg)) }, trace);
      }
    };

    return {
      call(node) {
        const fn = field(node, 'function');
        if (!fn) {
          return;
        }
        for (const ref of ctx.refs(fn)) {
          const name = ref.name;
          if (IMPORTERS.has(name)) {
            checkImporter(node, name === 'builtins.__import__' ? '__import__' : name, ref.trace);
          } else if (FILE_RUNNERS[name] !== undefined) {
            checkFileRunner(node, name, FILE_RUNNERS[name], ref.trace);
          } else if (CONSOLES.includes(name)) {
            report(node, 'console', 'high', { name }, ref.trace);
          } else if (name === 'types.FunctionType' || name === 'types.LambdaType' || name === 'types.CodeType') {
            checkCodeObject(node, name, ref.trace);
          } else if (PATH_ADDERS.has(name)) {
            checkPath(node, name, ref.trace);
          } else {
            continue;
          }
          return;
        }
      },
    };
  },
});
