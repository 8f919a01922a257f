import { definePyRule } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { loaderRole } from '../support/py-random-roles';

/** Loaders that take `shuffle=` (off by default) and a dataset first. */
const LOADERS = new Set([
  'torch.utils.data.DataLoader',
  'torch.utils.data.dataloader.DataLoader',
  'torch_geometric.loader.DataLoader',
  'torch_geometric.data.DataLoader',
  'monai.data.DataLoader',
]);
/** Samplers whose `shuffle=` is on by default. */
const SHUFFLING_SAMPLERS = new Set(['torch.utils.data.DistributedSampler', 'torch.utils.data.distributed.DistributedSampler']);
const SEQUENTIAL = new Set(['torch.utils.data.SequentialSampler', 'torch.utils.data.sampler.SequentialSampler']);
const SPLITS = new Set(['sklearn.model_selection.train_test_split']);

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

export default definePyRule({
  meta: {
    id: 'py/deterministic-data-order',
    category: 'randomness',
    severity: 'medium',
    summary:
      'Training data read in a fixed order: `shuffle=False` or a `SequentialSampler` on a training loader, a custom sampler, an unshuffled training loader, Keras `fit(shuffle=False)`.',
    why:
      'The order in which a model sees its training data changes what it learns; a fixed order lets whoever arranged the data ' +
      'decide which examples come last (and weigh most) or line up a poisoned batch. Training loaders normally shuffle. ' +
      'Validation and test loaders read in order on purpose and are not flagged, nor are loaders in test files; a loader counts as training from its name, ' +
      'its dataset, the function building it or a training loop (`loss.backward()`) over it.',
    incorrect: [
      'from torch.utils.data import DataLoader\ntrain_loader = DataLoader(train_ds, batch_size=32, shuffle=False)',
      'from torch.utils.data import DataLoader, SequentialSampler\ntrain_dl = DataLoader(ds, sampler=SequentialSampler(ds))',
    ],
    correct: [
      'from torch.utils.data import DataLoader\nval_loader = DataLoader(val_ds, batch_size=32, shuffle=False)',
      'from torch.utils.data import DataLoader\ntrain_loader = DataLoader(train_ds, batch_size=32, shuffle=True)',
      'from torch.utils.data import DataLoader\nloader = DataLoader(ds, shuffle=False)',
    ],
    messages: {
      noShuffle:
        '`{{loader}}` reads training data in a fixed order (`shuffle=False`): whoever arranged the dataset decides what the model ' +
        'sees last and which examples share a batch.',
      missingShuffle:
        '`{{loader}}` is a training loader without `shuffle=True` (DataLoader does not shuffle by default): the model sees the ' +
        'data in the order it is stored.',
      sequential: '`{{loader}}` uses `{{sampler}}` for training data: a fixed order that whoever arranged the dataset controls.',
      customSampler:
        '`{{loader}}` takes its training order from the custom sampler `{{sampler}}` defined here: check what order it produces.',
      fit: '`{{loader}}` trains with `shuffle=False`: the model sees the data in the order it is stored.',
      split: '`{{loader}}` splits without shuffling: which examples are held out is decided by how the data is stored.',
    },
  },
  create(ctx) {
    if (ctx.isTestFile) {
      // Tests build small loaders in a fixed order on purpose.
      return {};
    }
    const shuffleOff = (value: PyNode | undefined): boolean => value !== undefined && ctx.numbers(value)?.every((n) => n === 0) === true;

    const checkLoader = (node: PyNode, name: string): void => {
      const args = callArguments(node, ctx.sourceText);
      const dataset = args.positional[0] ?? args.keywords.get('dataset');
      if (loaderRole(ctx, node, dataset) !== 'train') {
        return;
      }
      const loader = clip(ctx.text(node));
      const shuffle = args.keywords.get('shuffle');
      const sampler = args.keywords.get('sampler') ?? args.keywords.get('batch_sampler');
      if (shuffleOff(shuffle)) {
        ctx.report({ node, messageId: 'noShuffle', data: { loader } });
        return;
      }
      if (SHUFFLING_SAMPLERS.has(name)) {
        return;
      }
      if (sampler) {
        const local = ctx.values(sampler).find((v) => v.kind === 'instance');
        if (local && local.kind === 'instance') {
          const cls = field(local.cls, 'name');
          ctx.report({ node, messageId: 'customSampler', severity: 'low', data: { loader, sampler: cls ? ctx.text(cls) : 'sampler' } });
        }
        return;
      }
      if (!shuffle && !args.splat) {
        ctx.report({ node, messageId: 'missingShuffle', severity: 'low', data: { loader } });
      }
    };

    return {
      call(node) {
        const names = ctx.callNames(node);
        const name = names.find((n) => LOADERS.has(n) || SHUFFLING_SAMPLERS.has(n));
        if (name) {
          checkLoader(node, name);
          return;
        }
        if (names.some((n) => SEQUENTIAL.has(n))) {
          const dataset = callArguments(node, ctx.sourceText).positional[0];
          if (loaderRole(ctx, node, dataset) === 'train') {
            const fn = field(node, 'function');
            ctx.report({ node, messageId: 'sequential', data: { loader: clip(ctx.text(node)), sampler: fn ? ctx.text(fn) : '' } });
          }
          return;
        }
        const args = callArguments(node, ctx.sourceText);
        if (!shuffleOff(args.keywords.get('shuffle'))) {
          return;
        }
        if (names.some((n) => SPLITS.has(n))) {
          ctx.report({ node, messageId: 'split', severity: 'low', data: { loader: clip(ctx.text(node)) } });
          return;
        }
        const fn = field(node, 'function');
        const method = fn?.type === 'attribute' ? field(fn, 'attribute') : undefined;
        if (method && ['fit', 'fit_generator'].includes(ctx.text(method)) && !names.some((n) => n.startsWith('sklearn.'))) {
          ctx.report({ node, messageId: 'fit', severity: 'low', data: { loader: clip(ctx.text(node)) } });
        }
      },
    };
  },
});
