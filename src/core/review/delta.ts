/**
 * The capability delta: which categories of risk a change brings into files whose base version
 * did not have them. "This change adds: network, process."
 */
import { CATEGORIES, type Category } from '../model/finding';

export interface CapabilityAddition {
  category: Category;
  /** Findings of this category in the change, in files whose base version had none. */
  findings: number;
  files: string[];
}

export interface CapabilityDelta {
  summary: string;
  adds: CapabilityAddition[];
}

export class DeltaBuilder {
  private readonly additions = new Map<Category, { findings: number; files: Set<string> }>();

  /** Records one changed file: the categories found in the change, and those its base version had. */
  addFile(path: string, changeCategories: readonly Category[], baseCategories: ReadonlySet<Category>): void {
    for (const category of changeCategories) {
      if (baseCategories.has(category)) {
        continue;
      }
      let entry = this.additions.get(category);
      if (!entry) {
        entry = { findings: 0, files: new Set() };
        this.additions.set(category, entry);
      }
      entry.findings++;
      entry.files.add(path);
    }
  }

  build(): CapabilityDelta {
    const adds: CapabilityAddition[] = CATEGORIES.filter((c) => this.additions.has(c)).map((category) => {
      const entry = this.additions.get(category) as { findings: number; files: Set<string> };
      return { category, findings: entry.findings, files: [...entry.files].sort() };
    });
    const summary =
      adds.length === 0 ? 'this change adds no new capabilities' : `this change adds: ${adds.map((a) => a.category).join(', ')}`;
    return { summary, adds };
  }
}
