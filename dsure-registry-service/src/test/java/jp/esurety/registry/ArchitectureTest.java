package jp.esurety.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "jp.esurety.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = noClasses().that().resideInAPackage("..registry.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..registry.api..", "..registry.service..",
                    "..registry.persistence..", "..registry.messaging..", "io.quarkus..", "jakarta.persistence..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule apiNeverTouchesPersistence = noClasses().that().resideInAPackage("..registry.api..")
            .should().dependOnClassesThat().resideInAPackage("..registry.persistence..");
}
