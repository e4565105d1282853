package org.asylon.audit.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rule of docs/architecture.md for audit-spark: it uses audit and core, and nothing uses
 * it (the other modules' classes are on this module's class path, so the rule is checked here).
 */
class SparkModuleArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.asylon");

    @Test
    void sparkAuditUsesOnlyAuditAndCore() {
        noClasses().that().resideInAPackage("org.asylon.audit.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.asylon.app..", "org.asylon.report..",
                        "org.springframework..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void nothingElseUsesSpark() {
        noClasses().that().resideOutsideOfPackage("org.asylon.audit.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.asylon.audit.spark..", "org.apache.spark..")
                .check(CLASSES);
    }
}
