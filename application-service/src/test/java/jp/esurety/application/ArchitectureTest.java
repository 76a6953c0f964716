package jp.esurety.application;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "jp.esurety.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = noClasses().that().resideInAPackage("..application.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application.api..", "..application.service..",
                    "..application.persistence..", "..application.messaging..", "io.quarkus..", "jakarta.persistence..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule apiNeverTouchesPersistence = noClasses().that().resideInAPackage("..application.api..")
            .should().dependOnClassesThat().resideInAPackage("..application.persistence..");
}
