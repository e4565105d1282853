package org.asylon.audit.drift;

import java.util.List;

/**
 * Decisions over time.
 *
 * @param window the window length (ISO 8601 period)
 * @param windows every window with data, in time order
 * @param sparse windows with fewer decisions than the minimum group size: shown, not tested
 * @param events changes found, in time order
 */
public record DriftResult(String window, List<WindowCounts> windows, List<String> sparse, List<String> categories,
                          List<DriftEvent> events) {

    public DriftResult {
        windows = List.copyOf(windows);
        sparse = List.copyOf(sparse);
        categories = List.copyOf(categories);
        events = List.copyOf(events);
    }
}
