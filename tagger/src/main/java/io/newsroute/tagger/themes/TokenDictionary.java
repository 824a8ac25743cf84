package io.newsroute.tagger.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps normalized token strings to dense ids, and looks a token up straight from a {@code char[]}
 * buffer without allocating. Filled once while a taxonomy is compiled, then read-only (safe to
 * share between threads). Open addressing with linear probing.
 */
final class TokenDictionary {

    private final List<String> words = new ArrayList<>();
    private char[][] keys = new char[256][];
    private int[] ids = new int[256];
    private boolean frozen;

    /** Id of {@code word}, adding it if new (only before {@link #freeze()}). */
    int intern(String word) {
        char[] w = word.toCharArray();
        int found = lookup(w, w.length);
        if (found >= 0) {
            return found;
        }
        if (frozen) {
            throw new IllegalStateException("dictionary is frozen");
        }
        if ((words.size() + 1) * 2 > keys.length) {
            grow();
        }
        int id = words.size();
        words.add(word);
        put(w, id);
        return id;
    }

    void freeze() {
        frozen = true;
    }

    int size() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    /** Id of the token {@code b[0..n)}, or -1. */
    int lookup(char[] b, int n) {
        int mask = keys.length - 1;
        int i = hash(b, n) & mask;
        while (true) {
            char[] k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.length == n && same(k, b, n)) {
                return ids[i];
            }
            i = (i + 1) & mask;
        }
    }

    private void put(char[] w, int id) {
        int mask = keys.length - 1;
        int i = hash(w, w.length) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = w;
        ids[i] = id;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new char[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static boolean same(char[] k, char[] b, int n) {
        for (int j = 0; j < n; j++) {
            if (k[j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] b, int n) {
        int h = 0x811c9dc5;
        for (int j = 0; j < n; j++) {
            h = (h ^ b[j]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
