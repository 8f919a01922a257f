/**
 * The unfollowed-import fallback for the filesystem and network rules: a module counts as followed
 * once any call into it (or a non-capability member of it) resolved; an import is reported only
 * when one of its names is used as a value somewhere (type-only imports and unused ones never are).
 */
import type { TsRuleContext } from '../../engine/rule';
import type { ImportSite } from '../../js/model';
import type { Node } from '../../js/scope';
import { modulePath, type RefValue, type Value } from '../../js/values';
import { reportUnfollowedImports, rootModule } from './imports';

export class ModuleUseTracker {
  private readonly followed = new Set<string>();

  constructor(
    private readonly ctx: TsRuleContext,
    readonly modules: ReadonlySet<string>,
  ) {}

  /** Whether a value points into one of the modules; if so, that module counts as followed. */
  follow(value: Value): value is RefValue {
    if (value.kind !== 'ref' || value.module === undefined || modulePath(value, this.modules) === undefined) {
      return false;
    }
    this.followed.add(rootModule(value.module));
    return true;
  }

  flush(report: (site: ImportSite) => void): void {
    reportUnfollowedImports(this.ctx, this.modules, this.followed, (site) => {
      if (this.isValueImport(site.node)) {
        report(site);
      }
    });
  }

  private isValueImport(node: Node): boolean {
    if (node.type === 'ImportDeclaration') {
      if (node.importKind === 'type') {
        return false;
      }
      return node.specifiers.some(
        (spec) => !(spec.type === 'ImportSpecifier' && spec.importKind === 'type') && this.ctx.usedNames().has(spec.local.name),
      );
    }
    if (node.type === 'TSImportEqualsDeclaration') {
      return node.importKind !== 'type' && this.ctx.usedNames().has(node.id.name);
    }
    let parent = node.parent;
    if (parent?.type === 'AwaitExpression') {
      parent = parent.parent;
    }
    if (parent?.type === 'VariableDeclarator') {
      return this.patternUsed(parent.id);
    }
    return parent?.type !== 'ExpressionStatement';
  }

  private patternUsed(pattern: Node): boolean {
    switch (pattern.type) {
      case 'Identifier':
        return this.ctx.usedNames().has(pattern.name);
      case 'ObjectPattern':
        return pattern.properties.some((p) => this.patternUsed(p.type === 'RestElement' ? p.argument : p.value));
      case 'ArrayPattern':
        return pattern.elements.some((e) => e !== null && this.patternUsed(e));
      case 'AssignmentPattern':
        return this.patternUsed(pattern.left);
      case 'RestElement':
        return this.patternUsed(pattern.argument);
      default:
        return true;
    }
  }
}
