package org.asylon.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of docs/architecture.md: core uses no framework; dependencies point one way. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.asylon");
    }

    @Test
    void coreUsesNoFramework() {
        noClasses().that().resideInAPackage("org.asylon.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.servlet..",
                        "picocli..", "org.commonmark..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.asylon.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.asylon.report..", "org.asylon.app..", "org.asylon.audit..")
                .check(classes);
    }

    /** The audit-spark module (org.asylon.audit.spark, its own process) checks its side of this rule itself. */
    @Test
    void auditDependsOnlyOnCore() {
        noClasses().that().resideInAPackage("org.asylon.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.asylon.report..", "org.asylon.app..",
                        "org.springframework..", "picocli..", "org.apache.spark..")
                .check(classes);
    }

    @Test
    void reportDoesNotDependOnTheApplication() {
        noClasses().that().resideInAPackage("org.asylon.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.asylon.app..", "picocli..")
                .check(classes);
    }
}
