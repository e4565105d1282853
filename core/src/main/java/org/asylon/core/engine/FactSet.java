package org.asylon.core.engine;

/**
 * A set of facts by their {@link FactIndex} index, of fixed capacity: the facts a part of an
 * instrument lacks. Iterating it gives dictionary order. Mutable while an evaluator builds it;
 * a set stored for a part is not changed afterwards (unions copy it first).
 */
final class FactSet {

    private final long[] words;

    FactSet(int capacity) {
        words = new long[(capacity + 63) >>> 6];
    }

    private FactSet(long[] words) {
        this.words = words;
    }

    FactSet copy() {
        return new FactSet(words.clone());
    }

    void add(int index) {
        words[index >>> 6] |= 1L << index;
    }

    void addAll(FactSet other) {
        for (int i = 0; i < words.length; i++) {
            words[i] |= other.words[i];
        }
    }

    int size() {
        int size = 0;
        for (long word : words) {
            size += Long.bitCount(word);
        }
        return size;
    }

    /** The members in increasing order. */
    int[] toArray() {
        int[] out = new int[size()];
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            long word = words[i];
            while (word != 0) {
                out[count++] = (i << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return out;
    }
}
