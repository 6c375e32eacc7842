/**
 * The skill trie (trie.ts) flattened for the extractor's hot loop: nodes are integers and a
 * step is one probe of an open-addressing table keyed by (node, UTF-16 code unit), instead of
 * a Map lookup on a one-character string per character of every word.
 *
 * The extractor walks keys by code unit, so an edge labelled with a surrogate pair (an astral
 * character in a taxonomy key) was never reachable; such edges are left out here.
 */
import type { FormEntry, TrieNode } from "./trie.js";

export const NO_NODE = -1;
export const ROOT = 0;

export class FlatTrie {
  /** Spellings ending at each node (undefined for most). */
  readonly entries: Array<readonly FormEntry[] | undefined> = [];
  private readonly parents: Int32Array;
  private readonly codes: Int32Array;
  private readonly children: Int32Array;
  private readonly mask: number;

  constructor(root: TrieNode) {
    const edges: Array<[number, number, number]> = [];
    const queue: TrieNode[] = [root];
    for (let id = 0; id < queue.length; id++) {
      const node = queue[id];
      this.entries.push(node.entries);
      for (const [label, child] of node.next) {
        if (label.length !== 1) continue;
        edges.push([id, label.charCodeAt(0), queue.length]);
        queue.push(child);
      }
    }
    let size = 16;
    while (size < edges.length * 2) size *= 2;
    this.mask = size - 1;
    this.parents = new Int32Array(size).fill(NO_NODE);
    this.codes = new Int32Array(size);
    this.children = new Int32Array(size);
    for (const [parent, code, child] of edges) {
      let slot = slotOf(parent, code) & this.mask;
      while (this.parents[slot] !== NO_NODE) slot = (slot + 1) & this.mask;
      this.parents[slot] = parent;
      this.codes[slot] = code;
      this.children[slot] = child;
    }
  }

  /** The node after `code` from `node`, or NO_NODE. */
  child(node: number, code: number): number {
    if (node < 0) return NO_NODE;
    for (let slot = slotOf(node, code) & this.mask; ; slot = (slot + 1) & this.mask) {
      const p = this.parents[slot];
      if (p === NO_NODE) return NO_NODE;
      if (p === node && this.codes[slot] === code) return this.children[slot];
    }
  }
}

function slotOf(node: number, code: number): number {
  return Math.imul(Math.imul(node, 0x10001) ^ code, 0x9e3779b1) >>> 12;
}
