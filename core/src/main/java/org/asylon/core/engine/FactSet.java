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

    /** The smallest member at or above {@code from}, or -1 when there is none. */
    int next(int from) {
        int word = from >>> 6;
        if (word >= words.length) {
            return -1;
        }
        long bits = words[word] & (-1L << from);
        while (bits == 0) {
            if (++word == words.length) {
                return -1;
            }
            bits = words[word];
        }
        return (word << 6) + Long.numberOfTrailingZeros(bits);
    }
}
