import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments, type PyArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { assignedValues } from '../support/py-fs-bindings';
import { pickleCalls } from '../support/pickle-globals';

/** Loaders that run code from the data they read (pickle and its relatives). */
const PICKLE_LOADERS = new Set([
  'pickle.load',
  'pickle.loads',
  'pickle.Unpickler',
  '_pickle.load',
  '_pickle.loads',
  '_pickle.Unpickler',
  'cPickle.load',
  'cPickle.loads',
  'six.moves.cPickle.load',
  'six.moves.cPickle.loads',
  'pickle5.load',
  'pickle5.loads',
  'dill.load',
  'dill.loads',
  'dill.Unpickler',
  'cloudpickle.load',
  'cloudpickle.loads',
  'marshal.load',
  'marshal.loads',
  'joblib.load',
  'sklearn.externals.joblib.load',
  'pandas.read_pickle',
  'jsonpickle.decode',
  'jsonpickle.loads',
  'jsonpickle.unpickler.decode',
  'numpy.loads',
  'torch.serialization._load',
  'keras.saving.legacy.serialization.deserialize_keras_object',
]);
const SHELVES = new Set(['shelve.open', 'shelve.Shelf', 'shelve.DbfilenameShelf']);
const TORCH = new Set(['torch.load', 'torch.serialization.load']);
const NUMPY = new Set(['numpy.load']);
const YAML_UNSAFE = new Set(['yaml.unsafe_load', 'yaml.unsafe_load_all', 'yaml.full_load', 'yaml.full_load_all']);
const YAML = new Set(['yaml.load', 'yaml.load_all']);
const KERAS = new Set([
  'tensorflow.keras.models.load_model',
  'keras.models.load_model',
  'keras.saving.load_model',
  'tensorflow.keras.saving.load_model',
]);
const SAFE_YAML_LOADERS = new Set(['yaml.SafeLoader', 'yaml.CSafeLoader', 'yaml.BaseLoader', 'yaml.CBaseLoader']);

/** Celery and Kombu settings naming the content types a worker deserializes. */
const ACCEPT_SETTINGS = /^(?:CELERY_)?(?:RESULT_)?ACCEPT_CONTENT$/i;
const PICKLE_CONTENT = /["'](?:pickle|application\/x-python-serialize)["']/;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

interface Verdict {
  messageId: string;
  severity: Severity;
}

/** The verdict for one call, by what it resolves to and how it is configured. */
function verdictOf(ctx: PyRuleContext, name: string, args: PyArguments): Verdict | undefined {
  const flag = (keyword: string): number[] | undefined => {
    const value = args.keywords.get(keyword);
    return value ? ctx.numbers(value) : undefined;
  };
  if (PICKLE_LOADERS.has(name)) {
    return { messageId: 'pickle', severity: 'high' };
  }
  if (YAML_UNSAFE.has(name)) {
    return { messageId: 'yamlUnsafe', severity: 'high' };
  }
  if (SHELVES.has(name)) {
    return { messageId: 'shelve', severity: 'medium' };
  }
  if (TORCH.has(name)) {
    const weightsOnly = flag('weights_only');
    if (weightsOnly?.every((n) => n === 0)) {
      return { messageId: 'torchUnsafe', severity: 'high' };
    }
    return weightsOnly === undefined && !args.keywords.has('weights_only') && !args.splat
      ? { messageId: 'torchDefault', severity: 'medium' }
      : undefined;
  }
  if (NUMPY.has(name)) {
    return flag('allow_pickle')?.every((n) => n === 1) ? { messageId: 'numpyPickle', severity: 'high' } : undefined;
  }
  if (KERAS.has(name)) {
    return flag('safe_mode')?.every((n) => n === 0) ? { messageId: 'kerasUnsafe', severity: 'high' } : undefined;
  }
  if (YAML.has(name)) {
    const loader = args.keywords.get('Loader') ?? args.positional[1];
    if (!loader) {
      return args.splat ? undefined : { messageId: 'yamlDefault', severity: 'medium' };
    }
    const loaders = ctx.names(loader);
    if (loaders.length > 0 && loaders.every((l) => SAFE_YAML_LOADERS.has(l))) {
      return undefined;
    }
    return loaders.length > 0 ? { messageId: 'yamlUnsafe', severity: 'high' } : { messageId: 'yamlUnknown', severity: 'medium' };
  }
  if (name === 'ruamel.yaml.YAML') {
    const typ = args.keywords.get('typ');
    return typ && ctx.strings(typ)?.includes('unsafe') ? { messageId: 'yamlUnsafe', severity: 'high' } : undefined;
  }
  return undefined;
}

/**
 * A constant handed to a pickle loader (`pickle.loads(b"cos\nsystem\n...")`, or a name bound to
 * one, or a decoded literal): the functions the stream calls are reported where the data is written,
 * in the category of what they do.
 */
function reportPayload(ctx: PyRuleContext, loader: string, arg: PyNode): void {
  const holders = arg.type === 'identifier' ? assignedValues(ctx, arg) : [arg];
  for (const holder of holders) {
    const seen = new Set<string>();
    for (const data of ctx.strings(holder) ?? []) {
      for (const call of pickleCalls(data)) {
        if (seen.has(call.name)) {
          continue;
        }
        seen.add(call.name);
        ctx.report({
          node: holder,
          messageId: 'picklePayload',
          severity: 'high',
          category: call.category,
          data: { target: call.argument !== undefined ? `${call.name}(${JSON.stringify(call.argument)})` : call.name, name: loader },
        });
      }
    }
  }
}

/** Test files load fixtures they ship: one step lower. */
const LOWER: Record<Severity, Severity> = { high: 'medium', medium: 'low', low: 'info', info: 'info' };

export default definePyRule({
  meta: {
    id: 'py/unsafe-deserialize',
    category: 'dynamic-code',
    severity: 'high',
    summary:
      'Deserializers that run code from the data: pickle/cPickle/dill/cloudpickle/joblib/marshal/shelve, `torch.load` without `weights_only=True`, `np.load(allow_pickle=True)`, unsafe `yaml.load`, jsonpickle, `pd.read_pickle`, Keras `safe_mode=False`.',
    why:
      'Unpickling calls whatever constructor the data names: a pickle file or a model checkpoint is a program. Loading one from a ' +
      "download, a shared directory or a cache someone else can write runs their code with this process's rights. AI-written " +
      'code reaches for `pickle.load` and `torch.load` by habit; safe formats (JSON, safetensors, `weights_only=True`, ' +
      '`yaml.safe_load`) read the same data without running anything.',
    incorrect: [
      'import pickle\nobj = pickle.loads(data)',
      "import torch\nstate = torch.load('model.pt', weights_only=False)",
      'import yaml\ncfg = yaml.load(text, Loader=yaml.Loader)',
      "import numpy as np\narr = np.load('x.npy', allow_pickle=True)",
      "import pandas as pd\ndf = pd.read_pickle('frame.pkl')",
    ],
    correct: [
      "app.conf.update(task_serializer='json', accept_content=['json'])",
      'import json\nobj = json.loads(text)',
      "import torch\nstate = torch.load('model.pt', weights_only=True)",
      'import yaml\ncfg = yaml.safe_load(text)',
      'import yaml\ncfg = yaml.load(text, Loader=yaml.SafeLoader)',
      "import numpy as np\narr = np.load('x.npy')",
      'pickle = {}\npickle.load = 1',
    ],
    messages: {
      pickle: '`{{name}}` runs code from the data it reads (any pickle can call any function): `{{call}}`.',
      shelve: "`{{name}}` stores and reads values with pickle: whoever can write `{{call}}`'s file runs code here.",
      torchUnsafe: '`{{name}}` with `weights_only=False` unpickles the checkpoint: a crafted file runs code on load.',
      torchDefault:
        '`{{name}}` without `weights_only=True`: on PyTorch before 2.6 this unpickles the checkpoint and a crafted file runs code on load.',
      numpyPickle: '`{{name}}` with `allow_pickle=True` unpickles object arrays: a crafted file runs code on load.',
      kerasUnsafe: '`{{name}}` with `safe_mode=False` deserializes Python lambdas from the model file: a crafted file runs code on load.',
      yamlUnsafe: '`{{name}}` with an unsafe loader can build arbitrary Python objects from the document (use `yaml.safe_load`).',
      yamlDefault:
        '`{{name}}` without `Loader=`: older PyYAML uses an unsafe loader by default (use `yaml.safe_load`, or pass `Loader=yaml.SafeLoader`).',
      yamlUnknown: '`{{name}}` with a loader that could not be checked (`{{call}}`): only `SafeLoader`/`CSafeLoader` are safe.',
      acceptPickle:
        'Celery/Kombu is told to accept pickled messages (`{{call}}`): whoever can put a message on the broker runs code in every worker.',
      picklePayload: 'This pickle data calls `{{target}}` when `{{name}}` loads it: the "data" is a program.',
    },
  },
  create(ctx) {
    /** `accept_content=['json', 'pickle']`, `CELERY_ACCEPT_CONTENT = [...]`, `{'accept_content': [...]}`. */
    const acceptSetting = (name: PyNode | undefined, value: PyNode | undefined, at: PyNode): void => {
      if (!name || !value) {
        return;
      }
      const key =
        ctx
          .text(name)
          .replace(/^["']|["']$/g, '')
          .split('.')
          .pop() ?? '';
      if (ACCEPT_SETTINGS.test(key) && PICKLE_CONTENT.test(ctx.text(value))) {
        ctx.report({
          node: at,
          messageId: 'acceptPickle',
          severity: ctx.isTestFile ? 'medium' : 'high',
          data: { call: clip(ctx.text(at)) },
        });
      }
    };
    return {
      keyword_argument(node) {
        acceptSetting(field(node, 'name'), field(node, 'value'), node);
      },
      pair(node) {
        acceptSetting(field(node, 'key'), field(node, 'value'), node);
      },
      assignment(node) {
        acceptSetting(field(node, 'left'), field(node, 'right'), node);
      },
      call(node) {
        const fn = field(node, 'function');
        if (!fn) {
          return;
        }
        const args = callArguments(node, ctx.sourceText);
        for (const ref of ctx.refs(fn)) {
          const verdict = verdictOf(ctx, ref.name, args);
          if (verdict) {
            ctx.report({
              node,
              messageId: verdict.messageId,
              severity: ctx.isTestFile ? LOWER[verdict.severity] : verdict.severity,
              data: { name: ref.name, call: clip(ctx.text(node)) },
              trace: ref.trace,
            });
            if (PICKLE_LOADERS.has(ref.name) && args.positional[0]) {
              reportPayload(ctx, ref.name, args.positional[0]);
            }
            return;
          }
        }
      },
    };
  },
});
