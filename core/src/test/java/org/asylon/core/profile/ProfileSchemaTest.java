package org.asylon.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.asylon.core.TestKnowledge;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;

class ProfileSchemaTest {

    @Test
    void committedProfileSchemaIsTheOneTheDictionaryGenerates() throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.load(TestKnowledge.PROJECT);
        String committed = Files.readString(TestKnowledge.PROJECT.resolve("schema").resolve(ProfileSchema.FILE_NAME));
        assertThat(committed)
                .as("knowledge/schema/profile.schema.json is stale: run ./asylon schema profile > knowledge/schema/profile.schema.json")
                .isEqualTo(ProfileSchema.generate(knowledge.facts()));
    }

    @Test
    void everyWritableFactAppearsInTheSchema() {
        KnowledgeBase knowledge = KnowledgeLoader.load(TestKnowledge.PROJECT);
        String schema = ProfileSchema.generate(knowledge.facts());
        knowledge.facts().writable().forEach(fact -> assertThat(schema).contains("\"" + fact.name() + "\""));
    }
}
