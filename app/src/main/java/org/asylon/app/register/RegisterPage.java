package org.asylon.app.register;

import java.util.List;

/** A page of register rows with the total count for pagination. */
public record RegisterPage(List<DeploymentSummary> items, long total, int page, int size) {

    public RegisterPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The page links for this page. */
    public Pager pager() {
        return Pager.of(page, pages());
    }
}
