/**
 * The statement ids already seen, as 52-bit hashes in an open-addressing table of doubles: 2
 * million take 32 MB (a Set of numbers takes about 40 bytes each, every hash a heap number).
 * Two ids sharing a hash among 2 million: about 1 chance in 2,000, then one statement is taken
 * for a repeat.
 */
export class IdSet {
  private slots = new Float64Array(1 << 16);
  private size = 0;

  /** True when the id was not there (and is now). */
  add(id: string): boolean {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    // 0 marks an empty slot: a hash of 0 is stored as 1.
    const hash = hash52(id) || 1;
    if (!insert(this.slots, hash)) return false;
    this.size += 1;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const hash of old) if (hash !== 0) insert(this.slots, hash);
  }
}

function insert(slots: Float64Array, hash: number): boolean {
  const mask = slots.length - 1;
  let i = hash % slots.length & mask;
  for (;;) {
    const here = slots[i] as number;
    if (here === hash) return false;
    if (here === 0) {
      slots[i] = hash;
      return true;
    }
    i = (i + 1) & mask;
  }
}

/** Two FNV-1a-style 32-bit lanes over the UTF-16 units, folded to 52 bits (a safe integer). */
export function hash52(text: string): number {
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    high = Math.imul(high ^ unit, 0x01000193) >>> 0;
    low = Math.imul(low ^ unit ^ (high >>> 7), 0x85ebca6b) >>> 0;
  }
  return (high & 0xfffff) * 0x100000000 + low;
}
