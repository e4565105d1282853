package org.asylon.audit.cube;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Counts of rows per cell (group × decision × truth × score band × window). Every metric of an
 * audit is computed from these counts, so the cube is all that is kept of the data: its size
 * grows with the number of cells, never with the number of rows. Cubes of chunks of the same
 * data merge by adding counts.
 */
public final class CountCube {

    private final CubeLayout layout;
    private final Map<CellKey, CellCounts> cells;

    private CountCube(CubeLayout layout, Map<CellKey, CellCounts> cells) {
        this.layout = layout;
        this.cells = Collections.unmodifiableMap(cells);
    }

    public static Builder builder(CubeLayout layout) {
        return new Builder(layout);
    }

    public CubeLayout layout() {
        return layout;
    }

    public Map<CellKey, CellCounts> cells() {
        return cells;
    }

    public void forEach(BiConsumer<CellKey, CellCounts> action) {
        cells.forEach(action);
    }

    public long rows() {
        return cells.values().stream().mapToLong(CellCounts::rows).sum();
    }

    /** The cube of both chunks' rows. */
    public CountCube merge(CountCube other) {
        if (!layout.equals(other.layout)) {
            throw new IllegalArgumentException("cubes with different layouts cannot be merged: " + layout + " vs " + other.layout);
        }
        Builder merged = new Builder(layout);
        cells.forEach(merged::add);
        other.cells.forEach(merged::add);
        return merged.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountCube cube && layout.equals(cube.layout) && cells.equals(cube.cells);
    }

    @Override
    public int hashCode() {
        return layout.hashCode() * 31 + cells.hashCode();
    }

    /** Collects cells; adding to an existing cell adds the counts. */
    public static final class Builder {
        private final CubeLayout layout;
        private final Map<CellKey, CellCounts> cells = new LinkedHashMap<>();

        private Builder(CubeLayout layout) {
            this.layout = layout;
        }

        public Builder add(CellKey key, CellCounts counts) {
            if (key.groups().size() != layout.groupAttributes().size()) {
                throw new IllegalArgumentException("a cell needs one value per group attribute " + layout.groupAttributes());
            }
            cells.merge(key, counts, CellCounts::plus);
            return this;
        }

        public CountCube build() {
            return new CountCube(layout, new LinkedHashMap<>(cells));
        }
    }
}
