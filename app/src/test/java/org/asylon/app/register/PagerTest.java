package org.asylon.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The windowed pager. Expected sequences are written out by hand: {@code <} previous, {@code [n]}
 * the current page, {@code …} a gap, {@code >} next.
 */
class PagerTest {

    private static String render(Pager pager) {
        List<String> out = new ArrayList<>();
        for (Pager.Link link : pager.links()) {
            out.add(switch (link.kind()) {
                case PREVIOUS -> "<";
                case NEXT -> ">";
                case GAP -> "…";
                case CURRENT -> "[" + link.number() + "]";
                case PAGE -> String.valueOf(link.number());
            });
        }
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1   | 1   | ''",
        "1   | 2   | [1] 2 >",
        "2   | 2   | < 1 [2]",
        "1   | 201 | [1] 2 3 … 201 >",
        "4   | 201 | < 1 2 3 [4] 5 6 … 201 >",
        "5   | 201 | < 1 2 3 4 [5] 6 7 … 201 >",
        "6   | 201 | < 1 … 4 5 [6] 7 8 … 201 >",
        "100 | 201 | < 1 … 98 99 [100] 101 102 … 201 >",
        "197 | 201 | < 1 … 195 196 [197] 198 199 200 201 >",
        "201 | 201 | < 1 … 199 200 [201]",
        "7   | 7   | < 1 … 5 6 [7]",
        "6   | 7   | < 1 … 4 5 [6] 7 >",
        "999 | 201 | < 1 … 199 200 [201]",
        "0   | 3   | [1] 2 3 >",
    })
    void windowAroundTheCurrentPage(int current, int pages, String expected) {
        assertThat(render(Pager.of(current, pages))).isEqualTo(expected);
    }

    @Test
    void theNumberOfLinksDoesNotGrowWithTheRegister() {
        for (int pages = 1; pages <= 400; pages++) {
            for (int current = 1; current <= pages; current++) {
                List<Pager.Link> links = Pager.of(current, pages).links();
                assertThat(links.size()).as("page %d of %d", current, pages).isLessThanOrEqualTo(11);
                int previous = 0;
                for (Pager.Link link : links) {
                    if (link.kind() == Pager.Kind.PAGE || link.kind() == Pager.Kind.CURRENT) {
                        assertThat(link.number()).as("page %d of %d", current, pages).isGreaterThan(previous);
                        previous = link.number();
                    }
                }
                if (pages > 1) {
                    assertThat(links).contains(new Pager.Link(Pager.Kind.CURRENT, current),
                            new Pager.Link(current == 1 ? Pager.Kind.CURRENT : Pager.Kind.PAGE, 1),
                            new Pager.Link(current == pages ? Pager.Kind.CURRENT : Pager.Kind.PAGE, pages));
                }
            }
        }
    }
}
