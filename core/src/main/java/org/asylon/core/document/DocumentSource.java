package org.asylon.core.document;

import java.nio.file.Path;

/** Where the readers of a knowledge base get their documents: the files themselves, or a snapshot. */
@FunctionalInterface
public interface DocumentSource {

    DocumentSource FILES = Document::read;

    /** The document of a file; the name shown in problems is the path as given. */
    Document read(Path file);
}
