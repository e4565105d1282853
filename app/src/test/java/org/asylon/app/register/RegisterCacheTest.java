package org.asylon.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the register cache holds, and that a page read while a deployment changed is never served later. */
class RegisterCacheTest {

    private final RegisterCache cache = new RegisterCache();
    private final AtomicInteger loads = new AtomicInteger();

    private static RegisterQuery query(String text) {
        return new RegisterQuery(text, null, null, null, null, null, null, null, 1, 25, true);
    }

    private RegisterPage load() {
        loads.incrementAndGet();
        return new RegisterPage(List.of(), loads.get(), 1, 25);
    }

    @Test
    void aPageIsLoadedOnceUntilADeploymentChanges() {
        RegisterPage first = cache.page(query("a"), this::load);
        assertThat(cache.page(query("a"), this::load)).isSameAs(first);
        cache.page(query("b"), this::load);
        assertThat(loads).hasValue(2);

        cache.deploymentChanged();
        assertThat(cache.page(query("a"), this::load).total()).isEqualTo(3);
    }

    @Test
    void aPageLoadedWhileADeploymentChangedIsNotKept() {
        RegisterPage stale = cache.page(query("a"), () -> {
            RegisterPage page = load();
            cache.deploymentChanged();
            return page;
        });
        assertThat(cache.page(query("a"), this::load)).isNotSameAs(stale);
        assertThat(loads).hasValue(2);
    }

    @Test
    void filterChoicesAreForgottenWithThePages() {
        assertThat(cache.technologies(() -> List.of("x"))).containsExactly("x");
        assertThat(cache.technologies(() -> List.of("y"))).containsExactly("x");
        assertThat(cache.jurisdictions(() -> List.of("DE"))).containsExactly("DE");
        cache.deploymentChanged();
        assertThat(cache.technologies(() -> List.of("y"))).containsExactly("y");
    }

    @Test
    void wholeRegisterPagesAreNotKept() {
        RegisterQuery export = new RegisterQuery(null, null, null, null, null, null, null, null, 1, 100_000, true);
        cache.page(export, this::load);
        cache.page(export, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void freeTextCannotGrowTheCacheWithoutBound() {
        for (int i = 0; i < RegisterCache.MAX_PAGES + 10; i++) {
            cache.page(query("text " + i), this::load);
        }
        int loaded = loads.get();
        cache.page(query("text " + (RegisterCache.MAX_PAGES + 5)), this::load);
        assertThat(loads).hasValue(loaded + 1);
        cache.page(query("text 0"), this::load);
        assertThat(loads).hasValue(loaded + 1);
    }

    @Test
    void aPublicPageIsRenderedOncePerQueryAndLanguageUntilADeploymentChanges() {
        AtomicInteger renders = new AtomicInteger();
        java.util.function.Supplier<String> render = () -> "page " + renders.incrementAndGet();
        assertThat(cache.publicHtml(query("a"), "en", render)).isEqualTo("page 1");
        assertThat(cache.publicHtml(query("a"), "en", render)).isEqualTo("page 1");
        assertThat(cache.publicHtml(query("a"), "ar", render)).isEqualTo("page 2");
        assertThat(cache.publicHtml(query("b"), "en", render)).isEqualTo("page 3");

        cache.deploymentChanged();
        assertThat(cache.publicHtml(query("a"), "en", render)).isEqualTo("page 4");
        String stale = cache.publicHtml(query("c"), "en", () -> {
            cache.deploymentChanged();
            return render.get();
        });
        assertThat(cache.publicHtml(query("c"), "en", render)).isNotEqualTo(stale);
    }
}
