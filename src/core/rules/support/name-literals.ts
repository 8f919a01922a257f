/** Strings that name things (modules, types, property keys) rather than carry data. */
import type { Node } from '../../js/scope';

/** Whether a string node is an import source, a type literal, an object key or a `require` specifier. */
export function isNameLiteral(node: Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSExternalModuleReference':
    case 'TSLiteralType':
      return true;
    case 'Property':
      return parent.key === node && !parent.computed;
    case 'CallExpression':
      return parent.callee.type === 'Identifier' && parent.callee.name === 'require' && parent.arguments[0] === node;
    default:
      return false;
  }
}
