/** The fallback that makes aliasing through functions and objects pointless. */
import type { TsRuleContext } from '../../engine/rule';
import { modulePath, type RefValue } from '../../js/values';
import type { ImportSite } from '../../js/model';

/**
 * Reports each import of one of `modules` when no use of that module was flagged in the file:
 * a capability whose uses Airlock could not follow is still a capability the change brings in.
 */
export function reportUnfollowedImports(
  ctx: TsRuleContext,
  modules: ReadonlySet<string>,
  flagged: ReadonlySet<string>,
  report: (site: ImportSite) => void,
): void {
  for (const site of ctx.imports()) {
    const ref: RefValue = { kind: 'ref', module: site.module, path: [] };
    if (modulePath(ref, modules) !== undefined && !flagged.has(rootModule(site.module))) {
      report(site);
    }
  }
}

/** `fs/promises` -> `fs`, `@scope/pkg/sub` -> `@scope/pkg`. */
export function rootModule(module: string): string {
  const parts = module.split('/');
  return module.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
