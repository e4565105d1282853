package org.asylon.audit.spec;

/** Which group every other group is compared with. */
public sealed interface ReferencePolicy {

    /** The group with the most people. */
    record Largest() implements ReferencePolicy {
    }

    /** The group with the highest rate of favourable decisions (biometric mode: the lowest error rates). */
    record MostFavourable() implements ReferencePolicy {
    }

    /** The whole population; each group is tested against everyone else. */
    record Overall() implements ReferencePolicy {
    }

    /** A group named by its label (values joined by " / " for intersectional groups). */
    record Named(String group) implements ReferencePolicy {
    }

    /** {@code largest}, {@code favourable}, {@code overall}, or else a group's name. */
    static ReferencePolicy parse(String text) {
        return switch (text) {
            case "largest" -> new Largest();
            case "favourable", "favorable", "most-favourable" -> new MostFavourable();
            case "overall" -> new Overall();
            default -> new Named(text);
        };
    }

    default String id() {
        if (this instanceof Named named) {
            return "group:" + named.group();
        }
        return this instanceof Largest ? "largest" : this instanceof MostFavourable ? "favourable" : "overall";
    }
}
