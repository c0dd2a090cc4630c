import { buildFromBlocks } from '../../model/build';
import type { PolicyDocument } from '../../model/types';
import { BlockCache } from './blockCache';
import { SentenceMemo } from './sentenceMemo';

/**
 * Builds the policy model of successive versions of one document, redoing only what an edit
 * touched: the pieces of text around it are parsed again (blockCache.ts), the sentences whose words
 * or context changed are read again (sentenceMemo.ts), and everything else is reused, moved to
 * where it now stands. What is built over the whole document (the article tree, the index and
 * resolution of references, definitions, topics, provisions, the rules) is cheap and is redone every
 * time, so the document is exactly the one a full build makes (test/incremental.test.ts).
 */
export class IncrementalModel {
  private readonly blocks = new BlockCache();
  private readonly memo = new SentenceMemo();

  build(text: string): PolicyDocument {
    try {
      return buildFromBlocks(text, this.blocks.collect(text), this.memo.read);
    } finally {
      this.memo.sweep();
    }
  }
}
