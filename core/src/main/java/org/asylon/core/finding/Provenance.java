package org.asylon.core.finding;

/** Everything needed to reproduce a result: versions, the inputs' digests, and when it was made. */
public record Provenance(String asylonVersion, String knowledgeHash, String instrumentId, String instrumentVersion,
                         String instrumentFile, String profileFile, String profileHash, String evaluatedAt) {
}
