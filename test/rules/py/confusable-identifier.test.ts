import rule from '../../../src/core/rules/py/confusable-identifier';
import { ruleTester } from '../../ruleTester';

const high = (messageId: string, line: number, column?: number) =>
  ({ messageId, line, severity: 'high', ...(column ? { column } : {}) }) as const;
const medium = (messageId: string, line: number, column?: number) =>
  ({ messageId, line, severity: 'medium', ...(column ? { column } : {}) }) as const;

ruleTester(rule, {
  valid: [
    'token = load()\nprint(token)',
    // One non-Latin script: ordinary names in another language.
    'имя = "Иван"\nсчётчик = 0',
    'def получить_данные(путь):\n    return путь',
    '名前 = "太郎"\nprint(名前)',
    'データ = load()\n処理(データ)',
    // Greek letters as math symbols.
    'Δt = now - start',
    'α = 0.5\nβ = 0.9\na = 1\nb = 2',
    'ρ_air = 1.2\nν_max = 3e8',
    'def loss(x, μ, σ):\n    return (x - μ) / σ',
    'λ = 1e-3\nθ = np.zeros(3)',
    // Latin with accents is still Latin.
    "café = 'naïve'\nrésumé = café",
    'straße = 1',
    // Lookalikes only in strings and comments.
    'msg = "tоken"  # tоken',
    "print('еval')",
    'x = data["раypal"]',
    // Short pure-Cyrillic names that happen to read like short ASCII names.
    'ор = 1\nop = 2',
  ],
  invalid: [
    {
      code: 'tоken_f1 = load()',
      errors: [medium('mixed', 1, 1)],
    },
    {
      code: 'tоken_f1 = load()\nprint(tоken_f1)\nsave(tоken_f1, tоken_f1)',
      errors: [medium('mixed', 1), medium('mixed', 2, 7), medium('mixed', 3, 6)],
    },
    {
      code: 'def is_аdmin(user):\n    return True\n\ndef is_admin(user):\n    return user.role == "admin"\n\nif is_аdmin(u):\n    grant()',
      errors: [high('lookalike', 1, 5), high('lookalike', 7, 4)],
    },
    {
      code: 'еval = print\nеval(code)',
      errors: [high('lookalike', 1, 1), high('lookalike', 2, 1)],
    },
    {
      code: 'def ехес(s):\n    return run(s)\n\nехес(payload)',
      errors: [high('lookalike', 1, 5), high('lookalike', 4, 1)],
    },
    {
      code: 'from helpers import ехес\nехес(payload)',
      errors: [high('lookalike', 1, 21), high('lookalike', 2)],
    },
    {
      code: "__іmport__ = lambda n: None\nm = __іmport__('os')",
      errors: [high('lookalike', 1), high('lookalike', 2, 5)],
    },
    {
      code: 'import helpers as оs\nоs.system("id")',
      errors: [high('lookalike', 1, 19), high('lookalike', 2)],
    },
    {
      code: 'class Usеr:\n    pass\n\nclass User:\n    pass\n\nu = Usеr()',
      errors: [high('lookalike', 1, 7), high('lookalike', 7, 5)],
    },
    {
      code: 'def check(pаssword, password):\n    return pаssword == "x"',
      errors: [high('lookalike', 1, 11), high('lookalike', 2, 12)],
    },
    {
      code: 'class A:\n    def __init__(self):\n        self.tоken = None\n\n    def get(self):\n        return self.tоken',
      errors: [high('lookalike', 3, 14), high('lookalike', 6, 21)],
    },
    {
      code: 'def send(data, tаrget_url=None):\n    post(tаrget_url, data)\n\nsend(x, tаrget_url=u)',
      errors: [medium('mixed', 1, 16), medium('mixed', 2, 10), medium('mixed', 4, 9)],
    },
    {
      code: 'import os\nrun = getattr(os, "sуstem")',
      errors: [high('lookalike', 2, 19)],
    },
    {
      code: 'ｅｖａｌ(code)',
      errors: [high('styled', 1, 1)],
    },
    {
      code: 'ｔｏｋｅｎ_ｆ1 = load()',
      errors: [medium('styled', 1, 1)],
    },
    {
      code: 'pаypal_kеy = 1',
      errors: [medium('mixed', 1, 1)],
    },
    {
      code: 'αlpha = 1',
      errors: [medium('mixed', 1, 1)],
    },
    {
      name: 'pure Cyrillic spelling of a sensitive name',
      code: 'ехес = exec\nехес(payload)',
      errors: [high('lookalike', 1), high('lookalike', 2)],
    },
    {
      name: 'one finding per line, the imitation first',
      code: 'tоken_f1 = 1\nis_admin = 0\nx = (tоken_f1, is_аdmin)',
      errors: [medium('mixed', 1), high('lookalike', 3, 16)],
    },
  ],
});
