package org.asylon.app.register;

import java.util.ArrayList;
import java.util.List;

/**
 * The register's page links, windowed so that their number does not grow with the register:
 * previous, the first page, the pages around the current one, the last page, next; a gap where
 * pages are left out.
 */
public record Pager(List<Link> links) {

    /** Pages shown on each side of the current one. */
    static final int AROUND = 2;

    public enum Kind { PREVIOUS, PAGE, CURRENT, GAP, NEXT }

    /** One entry of the pager; {@code number} is 0 for a gap. */
    public record Link(Kind kind, int number) {
    }

    public Pager {
        links = List.copyOf(links);
    }

    /** The pager for page {@code current} of {@code pages}; a current page past the end is treated as the last. */
    public static Pager of(int current, int pages) {
        int last = Math.max(pages, 1);
        int page = Math.min(Math.max(current, 1), last);
        List<Link> links = new ArrayList<>();
        if (last == 1) {
            return new Pager(links);
        }
        if (page > 1) {
            links.add(new Link(Kind.PREVIOUS, page - 1));
        }
        int from = Math.max(1, page - AROUND);
        int to = Math.min(last, page + AROUND);
        // A gap stands for two pages or more: a single left-out page is shown instead.
        from = from <= 3 ? 1 : from;
        to = to >= last - 2 ? last : to;
        if (from > 1) {
            links.add(new Link(Kind.PAGE, 1));
            links.add(new Link(Kind.GAP, 0));
        }
        for (int n = from; n <= to; n++) {
            links.add(new Link(n == page ? Kind.CURRENT : Kind.PAGE, n));
        }
        if (to < last) {
            links.add(new Link(Kind.GAP, 0));
            links.add(new Link(Kind.PAGE, last));
        }
        if (page < last) {
            links.add(new Link(Kind.NEXT, page + 1));
        }
        return new Pager(links);
    }
}
