import rule from '../../../src/core/rules/ts/webassembly';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'WebAssembly.validate(bytes)',
    'const compile = (src) => src; compile(x)',
    'compiler.compile(ast)',
    'const mod = { instantiate: () => 1 }; mod.instantiate()',
    'new Module(name)',
    "const text = 'WebAssembly.instantiate(bytes)'",
    'if (typeof WebAssembly === "object") log("wasm supported")',
  ],
  invalid: [
    {
      code: "const { instance } = await WebAssembly.instantiateStreaming(fetch('/m.wasm'))",
      errors: [
        {
          messageId: 'wasm',
          severity: 'medium',
          message: '`WebAssembly.instantiateStreaming` loads WebAssembly: compiled code that cannot be reviewed as source.',
        },
      ],
    },
    { code: 'await WebAssembly.instantiate(bytes, imports)', errors: [{ messageId: 'wasm' }] },
    { code: 'await WebAssembly.compile(buf)', errors: [{ messageId: 'wasm' }] },
    { code: "await WebAssembly.compileStreaming(fetch('a.wasm'))", errors: [{ messageId: 'wasm' }] },
    { code: 'new WebAssembly.Module(bytes)', errors: [{ messageId: 'wasm' }] },
    { code: 'new WebAssembly.Instance(mod, {})', errors: [{ messageId: 'wasm' }] },
    { code: 'new WebAssembly.Instance(new WebAssembly.Module(bytes), {})', errors: [{ messageId: 'wasm', column: 1 }] },
    { code: "WebAssembly.instantiate(Buffer.from(wasmB64, 'base64'))", errors: [{ messageId: 'wasm' }] },
    { code: 'globalThis.WebAssembly.instantiate(b)', errors: [{ messageId: 'wasm' }] },
    { code: "window['Web' + 'Assembly']['instantiate'](b)", errors: [{ messageId: 'wasm' }] },
    { code: 'const W = WebAssembly; W.compile(b)', errors: [{ messageId: 'wasm' }] },
    { code: 'const { instantiate } = WebAssembly; instantiate(b)', errors: [{ messageId: 'wasm' }] },
    { code: 'WebAssembly.instantiate.call(WebAssembly, b)', errors: [{ messageId: 'wasm' }] },
    { code: 'Reflect.apply(WebAssembly.instantiate, WebAssembly, [b])', errors: [{ messageId: 'wasm' }] },
    { code: 'const load = WebAssembly.instantiate.bind(WebAssembly); load(b)', errors: [{ messageId: 'wasm' }] },
    { code: 'WebAssembly?.instantiate(b)', errors: [{ messageId: 'wasm' }] },
    { code: 'const W = WebAssembly; new W.Module(b)', errors: [{ messageId: 'wasm' }] },
  ],
});
