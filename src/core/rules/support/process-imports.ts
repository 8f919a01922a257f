/**
 * The unfollowed-import fallback for the process, dynamic-code and sandbox-escape rules, made
 * precise enough for benign code: a module counts as followed once any call into it resolved
 * (flagged or judged harmless), type-only imports never count, and named imports count only when
 * one of them is used as a value and (optionally) names a risky member.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { ImportSite } from '../../js/model';
import { normalizeModule } from '../../js/model';
import type { Node } from '../../js/scope';
import { modulePath, type RefValue, type Value } from '../../js/values';
import { reportUnfollowedImports, rootModule } from './imports';

/** Parents of an identifier that is not a value use of an imported name. */
const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/** A module ref without a leading `default` (`(await import('vm')).default.runInThisContext`). */
export function withoutDefault<T extends Value>(value: T): T {
  return value.kind === 'ref' && value.module !== undefined && value.path[0] === 'default'
    ? { ...value, path: value.path.slice(1) }
    : value;
}

export class ImportTracker {
  private readonly followed = new Set<string>();
  private readonly reexports: ImportSite[] = [];

  /** `risky(member)` says whether importing that named member is worth flagging on its own. */
  constructor(
    private readonly ctx: TsRuleContext,
    private readonly modules: ReadonlySet<string>,
    private readonly risky: (member: string) => boolean = () => true,
  ) {}

  /** Whether a value is a ref into one of the tracked modules. */
  matches(value: Value): value is RefValue {
    return value.kind === 'ref' && modulePath(value, this.modules) !== undefined;
  }

  /** Whether a ref points into one of the tracked modules; if so the module counts as followed. */
  follow(value: Value): boolean {
    if (!this.matches(value)) {
      return false;
    }
    // `import('m').then(...)`: the module arrives in a callback parameter, which is not followed.
    if (!PROMISE_METHODS.has(value.path[0])) {
      this.followed.add(rootModule(value.module as string));
    }
    return true;
  }

  /** `export { exec } from 'child_process'` re-exports a capability without importing it. */
  exportFrom(node: TSESTree.ExportNamedDeclaration | TSESTree.ExportAllDeclaration): void {
    if (!node.source || node.exportKind === 'type') {
      return;
    }
    const module = normalizeModule(node.source.value);
    const ref: RefValue = { kind: 'ref', module, path: [] };
    if (modulePath(ref, this.modules) !== undefined) {
      this.reexports.push({ module, node });
    }
  }

  flush(report: (site: ImportSite) => void): void {
    reportUnfollowedImports(this.ctx, this.modules, this.followed, (site) => {
      if (this.isValueImport(site.node)) {
        report(site);
      }
    });
    for (const site of this.reexports) {
      report(site);
    }
  }

  private isValueImport(node: Node): boolean {
    if (node.type === 'ImportDeclaration') {
      if (node.importKind === 'type') {
        return false;
      }
      if (node.specifiers.length === 0) {
        return true;
      }
      return node.specifiers.some((spec) => {
        if (spec.type === 'ImportSpecifier') {
          const name = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
          return spec.importKind !== 'type' && this.ctx.usedNames().has(spec.local.name) && (name === 'default' || this.risky(name));
        }
        return this.ctx.usedNames().has(spec.local.name);
      });
    }
    if (node.type === 'TSImportEqualsDeclaration') {
      return node.importKind !== 'type' && this.ctx.usedNames().has(node.id.name);
    }
    const parent = node.parent;
    if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'ObjectPattern') {
      return parent.id.properties.some(
        (prop) => prop.type === 'RestElement' || prop.computed || prop.key.type !== 'Identifier' || this.risky(prop.key.name),
      );
    }
    return true;
  }
}
