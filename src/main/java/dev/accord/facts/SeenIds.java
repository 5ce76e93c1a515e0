package dev.accord.facts;

/**
 * The ids of a CSV file's rows read so far, to refuse a row that repeats one. A file may hold
 * millions of rows, so the ids are not kept: each is a 64-bit hash (FNV-1a) in an open-addressing
 * table, with the row it came in, about 12 bytes per row instead of the id's text. Two different
 * ids share a hash with a chance of about one in 10^7 for a million rows; such a pair would be
 * reported as a repeat.
 */
final class SeenIds {

    private long[] hashes = new long[1 << 10];
    private int[] rows = new int[1 << 10];
    private int size;

    /** The row that gave {@code id} before, or 0 after recording that {@code row} gives it. */
    int firstRow(String id, int row) {
        long hash = hash(id);
        int slot = slot(hash);
        if (hashes[slot] == hash) {
            return rows[slot];
        }
        hashes[slot] = hash;
        rows[slot] = row;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return 0;
    }

    private int slot(long hash) {
        int mask = hashes.length - 1;
        int i = (int) (hash ^ hash >>> 32) & mask;
        while (hashes[i] != 0 && hashes[i] != hash) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = slot(oldHashes[i]);
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** FNV-1a over the UTF-16 units; 0 marks an empty slot, so no id hashes to it. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
