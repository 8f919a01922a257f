export interface StandupEntry {
  userId: string;
  yesterday: string;
  today: string;
  blockers: string;
  at: Date;
}

export class StandupStore {
  private entries = new Map<string, StandupEntry[]>();

  private key(channel: string, day: string): string {
    return `${channel}:${day}`;
  }

  add(channel: string, entry: StandupEntry): void {
    const day = entry.at.toISOString().slice(0, 10);
    const k = this.key(channel, day);
    const list = this.entries.get(k) ?? [];
    this.entries.set(k, [...list.filter((e) => e.userId !== entry.userId), entry]);
  }

  forDay(channel: string, day: string): StandupEntry[] {
    return this.entries.get(this.key(channel, day)) ?? [];
  }
}
