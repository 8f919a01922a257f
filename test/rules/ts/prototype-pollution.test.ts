import rule from '../../../src/core/rules/ts/prototype-pollution';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'class Queue {} Queue.prototype.drain = function () {}',
    'function Point() {} Point.prototype.norm = norm',
    'const Point = function () {}; Point.prototype.norm = norm',
    'const o = { __proto__: null }',
    "obj.__defineGetter__('size', () => 1)",
    'const o = Object.create(null); o.x = 1',
    'Object.setPrototypeOf(this, MyError.prototype)',
    'class E extends Error { constructor() { super(); Object.setPrototypeOf(this, new.target.prototype) } }',
    'Object.setPrototypeOf(child, parent)',
    'const proto = Object.getPrototypeOf(obj); console.log(proto.__proto__)',
    'obj.prototype = {}',
    'const x = Array.prototype.slice.call(arguments)',
    'const has = Object.prototype.hasOwnProperty.call(o, k)',
    "Object.defineProperty(exports, '__esModule', { value: true })",
    "Object.defineProperty(obj, 'name', { value: 'x' })",
    'Object.assign(target, source)',
    'target[key] = source[key]',
    "const s = 'Object.prototype.polluted = 1'",
    'class Node {} Node.prototype.walk = walk',
    "import { Element } from './dom'; Element.prototype.render = render",
  ],
  invalid: [
    {
      code: 'obj.__proto__.isAdmin = true',
      errors: [
        {
          messageId: 'proto',
          severity: 'high',
          message: '`obj.__proto__.isAdmin` writes through `__proto__`: the change lands on a prototype other objects share.',
        },
      ],
    },
    { code: 'obj.__proto__ = evil', errors: [{ messageId: 'proto' }] },
    { code: "obj['__proto__']['polluted'] = 'yes'", errors: [{ messageId: 'proto' }] },
    { code: "const k = '__pro' + 'to__'; obj[k].x = 1", errors: [{ messageId: 'proto' }] },
    { code: '({}).__proto__.x = 1', errors: [{ messageId: 'proto' }] },
    { code: "Object.defineProperty(obj.__proto__, 'x', { value: 1 })", errors: [{ messageId: 'proto' }] },
    { code: "Reflect.set(obj, '__proto__', evil)", errors: [{ messageId: 'proto' }] },
    { code: "({}).__proto__.__defineSetter__('x', f)", errors: [{ messageId: 'proto' }] },
    {
      code: "Object.prototype.__defineGetter__('isAdmin', () => true)",
      errors: [
        {
          messageId: 'everything',
          severity: 'high',
          message: '`Object.prototype.isAdmin` is written: every object in the process inherits the change.',
        },
      ],
    },
    { code: 'a.constructor.prototype.isAdmin = true', errors: [{ messageId: 'ctorProto', severity: 'high' }] },
    { code: "a['constructor']['prototype'].x = 1", errors: [{ messageId: 'ctorProto' }] },
    {
      code: 'Object.prototype.toJSON = () => ({})',
      errors: [
        {
          messageId: 'everything',
          severity: 'high',
          message: '`Object.prototype.toJSON` is written: every object in the process inherits the change.',
        },
      ],
    },
    { code: 'Object.prototype[key] = value', errors: [{ messageId: 'everything', severity: 'high' }] },
    { code: 'Function.prototype.call = myCall', errors: [{ messageId: 'everything', severity: 'high' }] },
    { code: '({}).constructor.prototype.x = 1', errors: [{ messageId: 'everything' }] },
    { code: "globalThis.Object.prototype['x'] = 1", errors: [{ messageId: 'everything' }] },
    { code: 'const O = Object; O.prototype.x = 1', errors: [{ messageId: 'everything' }] },
    { code: 'const { prototype } = Object; prototype.x = 1', errors: [{ messageId: 'everything' }] },
    { code: "window[atob('T2JqZWN0')].prototype.x = 1", errors: [{ messageId: 'everything' }] },
    {
      code: 'Array.prototype.push = spy',
      errors: [
        {
          messageId: 'override',
          severity: 'high',
          message: '`Array.prototype.push` replaces a built-in method: every `Array` in the process now runs this code instead.',
        },
      ],
    },
    { code: 'Promise.prototype.then = wrappedThen', errors: [{ messageId: 'override', severity: 'high' }] },
    {
      code: 'String.prototype.capitalize = function () { return this }',
      errors: [
        {
          messageId: 'extend',
          severity: 'medium',
          message: '`String.prototype.capitalize` adds a member to a built-in prototype, shared by every `String` in the process.',
        },
      ],
    },
    { code: 'Array.prototype.last = function () { return this[this.length - 1] }', errors: [{ messageId: 'extend', severity: 'medium' }] },
    { code: 'Element.prototype.hide = hide', errors: [{ messageId: 'override', severity: 'high' }] },
    { code: 'if (!Array.prototype.at) { Array.prototype.at = at }', errors: [{ messageId: 'polyfill', severity: 'medium' }] },
    {
      code: "if (typeof String.prototype.replaceAll !== 'function') String.prototype.replaceAll = f",
      errors: [{ messageId: 'polyfill', severity: 'medium' }],
    },
    { code: "if (!('flat' in Array.prototype)) Array.prototype.flat = flat", errors: [{ messageId: 'polyfill' }] },
    { code: 'Array.prototype.flat ||= flat', errors: [{ messageId: 'polyfill' }] },
    { code: 'Array.prototype.flat = Array.prototype.flat || flat', errors: [{ messageId: 'polyfill' }] },
    { code: "Object.defineProperty(Object.prototype, 'x', { get: f })", errors: [{ messageId: 'everything', severity: 'high' }] },
    { code: "Object.defineProperty(Array.prototype, 'includes', { value: f })", errors: [{ messageId: 'override' }] },
    { code: "Reflect.defineProperty(Object.prototype, 'x', { value: 1 })", errors: [{ messageId: 'everything' }] },
    { code: 'Object.defineProperties(Array.prototype, { sum: { value: f } })', errors: [{ messageId: 'extend' }] },
    { code: 'Object.assign(Object.prototype, { isAdmin: true })', errors: [{ messageId: 'everything' }] },
    { code: 'Object.assign(String.prototype, mixin)', errors: [{ messageId: 'everything' }] },
    { code: "Reflect.set(Object.prototype, 'x', 1)", errors: [{ messageId: 'everything' }] },
    { code: "Object.defineProperty.call(Object, Object.prototype, 'x', { value: 1 })", errors: [{ messageId: 'everything' }] },
    {
      code: 'Object.setPrototypeOf(Object.prototype, evil)',
      errors: [
        {
          messageId: 'setProto',
          severity: 'high',
          message: '`Object.setPrototypeOf` swaps the prototype of `Object.prototype`, a built-in every part of the program relies on.',
        },
      ],
    },
    { code: 'Object.setPrototypeOf(globalThis, proxy)', errors: [{ messageId: 'setProto' }] },
    { code: 'Reflect.setPrototypeOf(Array.prototype, p)', errors: [{ messageId: 'setProto' }] },
    { code: 'Object.setPrototypeOf(JSON, p)', errors: [{ messageId: 'setProto' }] },
    { code: 'Object.setPrototypeOf(obj.__proto__, p)', errors: [{ messageId: 'setProto' }] },
    { code: 'const { setPrototypeOf } = Object; setPrototypeOf(window, p)', errors: [{ messageId: 'setProto' }] },
  ],
});
