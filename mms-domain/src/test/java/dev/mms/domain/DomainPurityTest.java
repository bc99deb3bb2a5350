package dev.mms.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.mms.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

  @ArchTest
  static final ArchRule domain_depends_on_java_and_vavr_only = classes()
      .that().resideInAPackage("dev.mms.domain..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("dev.mms.domain..", "java..", "io.vavr..");

  @ArchTest
  static final ArchRule domain_never_reads_the_clock_or_randomness = noClasses()
      .that().resideInAPackage("dev.mms.domain..")
      .should().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(java.util.UUID.class, "randomUUID")
      .orShould().callConstructor(java.util.Random.class);
}
