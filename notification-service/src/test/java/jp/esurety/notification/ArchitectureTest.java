package jp.esurety.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "jp.esurety.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = noClasses().that().resideInAPackage("..notification.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.api..", "..notification.service..",
                    "..notification.persistence..", "..notification.messaging..", "io.quarkus..", "jakarta.persistence..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule apiNeverTouchesPersistence = noClasses().that().resideInAPackage("..notification.api..")
            .should().dependOnClassesThat().resideInAPackage("..notification.persistence..");
}
