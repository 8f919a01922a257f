import rule from '../../../src/core/rules/py/deterministic-data-order';
import { ruleTester } from '../../ruleTester';

const DL = 'from torch.utils.data import DataLoader\n';

ruleTester(rule, {
  valid: [
    `${DL}val_loader = DataLoader(val_ds, batch_size=32, shuffle=False)`,
    `${DL}test_loader = DataLoader(test_ds, batch_size=32, shuffle=False)`,
    `${DL}eval_dl = DataLoader(train_ds, shuffle=False)`,
    `${DL}valloader = DataLoader(valset, shuffle=False)`,
    `${DL}train_loader = DataLoader(train_ds, batch_size=32, shuffle=True)`,
    `${DL}loader = DataLoader(ds, shuffle=False)`,
    `${DL}loader = DataLoader(dataset["validation"], shuffle=False)`,
    `${DL}loaders = {"val": DataLoader(ds, shuffle=False)}`,
    `${DL}def val_dataloader(self):\n    return DataLoader(self.ds, shuffle=False)`,
    `${DL}def predict(ds):\n    return DataLoader(ds, batch_size=64)`,
    `${DL}train_loader = DataLoader(train_ds, batch_size=32, shuffle=args.shuffle)`,
    `${DL}train_loader = DataLoader(train_ds, **loader_kwargs)`,
    `${DL}from torch.utils.data import RandomSampler\ntrain_loader = DataLoader(train_ds, sampler=RandomSampler(train_ds))`,
    `${DL}from torch.utils.data.distributed import DistributedSampler\ntrain_loader = DataLoader(train_ds, sampler=DistributedSampler(train_ds))`,
    'from torch.utils.data import SequentialSampler\nval_sampler = SequentialSampler(val_ds)',
    'loader = MyLoader(train_ds, shuffle=False)',
    'model.fit(X, y)',
    'train_loader = get_loader(train_ds, shuffle=False)',
    'from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\nclf.fit(X, y)',
    'from sklearn.model_selection import train_test_split\ntrain_test_split(X, y, shuffle=True)',
    { code: `${DL}train_loader = DataLoader(train_ds, shuffle=False)\nval_loader = DataLoader(val_ds)`, filename: 'tests/test_loader.py' },
  ],
  invalid: [
    {
      code: `${DL}train_loader = DataLoader(train_ds, batch_size=32, shuffle=False)`,
      errors: [{ messageId: 'noShuffle', line: 2, column: 16, severity: 'medium', category: 'randomness' }],
    },
    { code: `${DL}trainloader = DataLoader(trainset, shuffle=False)`, errors: [{ messageId: 'noShuffle' }] },
    { code: `${DL}dl = DataLoader(train_dataset, shuffle=0)`, errors: [{ messageId: 'noShuffle' }] },
    { code: `${DL}dl = DataLoader(dataset["train"], shuffle=False)`, errors: [{ messageId: 'noShuffle' }] },
    { code: `${DL}loaders = {"train": DataLoader(ds, shuffle=False)}`, errors: [{ messageId: 'noShuffle' }] },
    { code: `${DL}trainer.fit(model, train_dataloaders=DataLoader(ds, shuffle=False))`, errors: [{ messageId: 'noShuffle' }] },
    {
      code: `${DL}def train_dataloader(self):\n    return DataLoader(self.ds, batch_size=8, shuffle=False)`,
      errors: [{ messageId: 'noShuffle', line: 3 }],
    },
    { code: `${DL}def train(model, ds):\n    loader = DataLoader(ds, shuffle=False)`, errors: [{ messageId: 'noShuffle', line: 3 }] },
    {
      code: `${DL}loader = DataLoader(ds, shuffle=False)\nfor x, y in loader:\n    loss = model(x, y)\n    loss.backward()\n    opt.step()`,
      errors: [{ messageId: 'noShuffle', line: 2 }],
    },
    { code: 'import torch\ntrain_loader = torch.utils.data.DataLoader(train_ds, shuffle=False)', errors: [{ messageId: 'noShuffle' }] },
    { code: `${DL}loader = DataLoader(ds, shuffle=False)`, filename: 'src/train.py', errors: [{ messageId: 'noShuffle' }] },
    { code: `${DL}train_loader = DataLoader(train_ds, batch_size=32)`, errors: [{ messageId: 'missingShuffle', severity: 'low' }] },
    {
      code: 'from torch.utils.data import DataLoader, SequentialSampler\ntrain_dl = DataLoader(ds, sampler=SequentialSampler(ds))',
      errors: [{ messageId: 'sequential', column: 35, severity: 'medium' }],
    },
    {
      code: 'from torch.utils.data import SequentialSampler, BatchSampler\ntrain_sampler = BatchSampler(SequentialSampler(train_ds), 32, False)',
      errors: [{ messageId: 'sequential' }],
    },
    {
      code: 'from torch.utils.data.distributed import DistributedSampler\ntrain_sampler = DistributedSampler(train_ds, shuffle=False)',
      errors: [{ messageId: 'noShuffle' }],
    },
    {
      code: `${DL}class FixedOrder:\n    def __iter__(self):\n        return iter(ORDER)\ntrain_loader = DataLoader(train_ds, sampler=FixedOrder())`,
      errors: [{ messageId: 'customSampler', line: 5, severity: 'low' }],
    },
    {
      code: 'import tensorflow as tf\nmodel = tf.keras.Sequential()\nmodel.fit(x, y, epochs=3, shuffle=False)',
      errors: [{ messageId: 'fit', severity: 'low' }],
    },
    { code: 'history = model.fit(x_train, y_train, shuffle=False)', errors: [{ messageId: 'fit' }] },
    {
      code: 'from sklearn.model_selection import train_test_split\nX_tr, X_te = train_test_split(X, test_size=0.2, shuffle=False)',
      errors: [{ messageId: 'split', severity: 'low' }],
    },
  ],
});
