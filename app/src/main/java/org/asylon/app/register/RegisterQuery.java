package org.asylon.app.register;

/**
 * Filters, sort and page of the register. Blank filters are ignored. {@code publishedOnly} is
 * set for anonymous visitors, who see only what was published.
 */
public record RegisterQuery(String text, String technology, String jurisdiction, String severity, String aiActClass,
                            String dpia, String status, String sort, int page, int size, boolean publishedOnly) {

    public static final int DEFAULT_SIZE = 25;

    /** The page sizes a visitor can choose on the register page. */
    public static final java.util.List<Integer> PAGE_SIZES = java.util.List.of(10, 25, 50, 100);

    public RegisterQuery {
        page = Math.max(page, 1);
        size = size < 1 || size > 100_000 ? DEFAULT_SIZE : size;
        sort = sort == null || sort.isBlank() ? "name" : sort;
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The register URL for this query on another page. */
    public String hrefForPage(int other) {
        return href(sort, other);
    }

    /** The register URL for this query sorted otherwise, from the first page. */
    public String hrefForSort(String other) {
        return href(other, 1);
    }

    private String href(String sortBy, int pageNumber) {
        StringBuilder out = new StringBuilder("/register?");
        append(out, "q", text);
        append(out, "technology", technology);
        append(out, "jurisdiction", jurisdiction);
        append(out, "severity", severity);
        append(out, "aiActClass", aiActClass);
        append(out, "dpia", dpia);
        append(out, "status", status);
        append(out, "sort", sortBy);
        if (size != DEFAULT_SIZE) {
            append(out, "size", String.valueOf(size));
        }
        out.append("page=").append(pageNumber);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
    }
}
