package org.asylon.app.register;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Register pages and filter choices, kept until a deployment changes. Every write to the
 * {@code deployment} table calls {@link #deploymentChanged()}; the cache is dropped once that
 * write has committed, so a change is visible on the next request. A page computed from the
 * database before the commit is stored into the generation it started in, which is the one
 * dropped, so it can never outlive the change.
 */
@Component
public class RegisterCache {

    /** Distinct queries kept per generation; free text makes the key space unbounded. */
    static final int MAX_PAGES = 2_000;
    /** Larger pages (exports, comparisons: the whole register) are computed each time, so memory stays bounded. */
    static final int MAX_KEPT_SIZE = 100;

    private static final String TECHNOLOGIES = "technologies";
    private static final String JURISDICTIONS = "jurisdictions";

    private record Generation(Map<RegisterQuery, RegisterPage> pages, Map<String, List<String>> choices,
                              Map<PublicPage, String> publicHtml) {
        Generation() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private record PublicPage(RegisterQuery query, String language) {
    }

    private volatile Generation current = new Generation();

    RegisterPage page(RegisterQuery query, Supplier<RegisterPage> load) {
        Generation generation = current;
        RegisterPage page = generation.pages().get(query);
        if (page == null) {
            page = load.get();
            if (query.size() <= MAX_KEPT_SIZE && generation.pages().size() < MAX_PAGES) {
                generation.pages().putIfAbsent(query, page);
            }
        }
        return page;
    }

    /**
     * A register page as anonymous visitors get it, rendered once per query and language: such a
     * page holds nothing of the visitor (no account, no form token), so every anonymous visitor
     * asking the same gets the same text.
     */
    String publicHtml(RegisterQuery query, String language, Supplier<String> render) {
        Generation generation = current;
        PublicPage key = new PublicPage(query, language);
        String html = generation.publicHtml().get(key);
        if (html == null) {
            html = render.get();
            if (query.size() <= MAX_KEPT_SIZE && generation.publicHtml().size() < MAX_PAGES) {
                generation.publicHtml().putIfAbsent(key, html);
            }
        }
        return html;
    }

    List<String> technologies(Supplier<List<String>> load) {
        return choices(TECHNOLOGIES, load);
    }

    List<String> jurisdictions(Supplier<List<String>> load) {
        return choices(JURISDICTIONS, load);
    }

    private List<String> choices(String name, Supplier<List<String>> load) {
        Generation generation = current;
        List<String> values = generation.choices().get(name);
        if (values == null) {
            values = List.copyOf(load.get());
            generation.choices().putIfAbsent(name, values);
        }
        return values;
    }

    /** Drops everything once the current transaction commits (at once outside a transaction). */
    void deploymentChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        } else {
            clear();
        }
    }

    private void clear() {
        current = new Generation();
    }
}
