import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The trigram indexes of the search's vocabularies, read to correct a typo and to suggest a spelling. */
const VOCABULARY_INDEXES = ['search_lexemes_trgm', 'search_words_trgm'];

/**
 * The vocabularies' trigram indexes take new words into their trees at once instead of through a pending list
 * (GIN's `fastupdate`), which every lookup reads in full until a vacuum or a full list (4 MB) merges it: after a
 * load with no vacuum since, a typo's lookup took 15 ms instead of 2. New words are few once a catalogue is loaded,
 * so writing them at once costs little. The text index keeps its pending list (writing each document's entries at
 * once made a load twice as slow); bulk writes merge it at their end (`mergePendingSearchEntries`). Whatever lists
 * hold now is merged here.
 */
export class SearchIndexesWritten1796000000800 implements MigrationInterface {
  name = 'SearchIndexesWritten1796000000800';

  public async up(q: QueryRunner): Promise<void> {
    for (const index of VOCABULARY_INDEXES) await q.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
    // Turning the list off does not merge what it already holds.
    for (const index of [...VOCABULARY_INDEXES, 'search_documents_text_filters']) {
      await q.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of VOCABULARY_INDEXES) await q.query(`ALTER INDEX ${index} RESET (fastupdate)`);
  }
}
