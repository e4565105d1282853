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
        return held(current.pages(), query, query, load);
    }

    /**
     * A register page as anonymous visitors get it, rendered once per query and language: such a
     * page holds nothing of the visitor (no account, no form token), so every anonymous visitor
     * asking the same gets the same text.
     */
    String publicHtml(RegisterQuery query, String language, Supplier<String> render) {
        return held(current.publicHtml(), new PublicPage(query, language), query, render);
    }

    /**
     * The value held under a key of one generation's map, else loaded and held there, unless
     * the query's page is large or the map full. The map is the generation current when the load
     * began, so a value loaded while a deployment changed is never served later.
     */
    private static <K, V> V held(Map<K, V> held, K key, RegisterQuery query, Supplier<V> load) {
        V value = held.get(key);
        if (value == null) {
            value = load.get();
            if (query.size() <= MAX_KEPT_SIZE && held.size() < MAX_PAGES) {
                held.putIfAbsent(key, value);
            }
        }
        return value;
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
