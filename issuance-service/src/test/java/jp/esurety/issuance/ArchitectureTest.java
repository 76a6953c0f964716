package jp.esurety.issuance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "jp.esurety.issuance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = noClasses().that().resideInAPackage("..issuance.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..issuance.api..", "..issuance.service..",
                    "..issuance.persistence..", "..issuance.messaging..", "io.quarkus..", "jakarta.persistence..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule apiNeverTouchesPersistence = noClasses().that().resideInAPackage("..issuance.api..")
            .should().dependOnClassesThat().resideInAPackage("..issuance.persistence..");
}
