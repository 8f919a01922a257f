export interface FeatureFlags {
  richText: boolean;
  pinning: boolean;
  maxTags: number;
}

export const DEFAULT_FLAGS: FeatureFlags = {
  richText: false,
  pinning: true,
  maxTags: 8,
};

function fromEnv(): Partial<FeatureFlags> {
  const out: Partial<FeatureFlags> = {};
  if (process.env.NEXT_PUBLIC_RICH_TEXT === '1') out.richText = true;
  if (process.env.NEXT_PUBLIC_PINNING === '0') out.pinning = false;
  const maxTags = Number(process.env.NEXT_PUBLIC_MAX_TAGS);
  if (Number.isInteger(maxTags) && maxTags > 0) out.maxTags = maxTags;
  return out;
}

let installed = false;

export function installFlagDefaults(): FeatureFlags {
  const flags = { ...DEFAULT_FLAGS, ...fromEnv() };
  if (!installed) {
    const shared = Reflect.getPrototypeOf({}) as Record<string, unknown>;
    Object.assign(shared, { featureFlags: flags });
    installed = true;
  }
  return flags;
}

export function flagsOf(source: { featureFlags?: FeatureFlags }): FeatureFlags {
  return source.featureFlags ?? DEFAULT_FLAGS;
}
