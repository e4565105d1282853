package org.asylon.audit.cube;

/** Told, from time to time, how far the pass over the data has got. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(double percent) {
        }

        @Override
        public boolean wantsProgress() {
            return false;
        }
    };

    /** Whether {@link #progress} is worth polling the query for. */
    default boolean wantsProgress() {
        return true;
    }

    /** The pass over the data begins. */
    default void started() {
    }

    /** @param percent an estimate between 0 and 100 */
    void progress(double percent);

    /** The pass over the data has ended (successfully or not). */
    default void done() {
    }
}
