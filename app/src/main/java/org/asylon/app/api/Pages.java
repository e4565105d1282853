package org.asylon.app.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.asylon.app.register.DeploymentSummary;
import org.asylon.app.register.RegisterPage;

/** The API's paginated shape: {@code {page, size, total, items}}. */
final class Pages {

    /** The most items one API page returns. */
    static final int MAX_SIZE = 200;

    private Pages() {
    }

    static Map<String, Object> of(RegisterPage page, Function<DeploymentSummary, Map<String, Object>> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page.page());
        body.put("size", page.size());
        body.put("total", page.total());
        body.put("items", page.items().stream().map(item).toList());
        return body;
    }
}
