package dev.mms.server;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module table of product.md §2 as allow-lists over the whole classpath: a rule over an empty
 * package fails (failOnEmptyShould stays on), so a misspelt package cannot pass silently.
 */
@AnalyzeClasses(packages = "dev.mms", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonTest {

  @ArchTest
  static final ArchRule domain_is_pure = classes()
      .that().resideInAPackage("dev.mms.domain..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("dev.mms.domain..", "java..", "io.vavr..");

  @ArchTest
  static final ArchRule application_sees_only_the_domain = classes()
      .that().resideInAPackage("dev.mms.application..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("dev.mms.application..", "dev.mms.domain..", "java..", "io.vavr..");

  @ArchTest
  static final ArchRule jdbc_adapter_sees_no_other_adapter = classes()
      .that().resideInAPackage("dev.mms.adapter.jdbc..")
      .should().onlyDependOnClassesThat()
      .resideOutsideOfPackages("dev.mms.adapter.rest..", "dev.mms.server..");

  @ArchTest
  static final ArchRule rest_adapter_sees_no_other_adapter = classes()
      .that().resideInAPackage("dev.mms.adapter.rest..")
      .should().onlyDependOnClassesThat()
      .resideOutsideOfPackages("dev.mms.adapter.jdbc..", "dev.mms.server..");

  /** The composition root is the one place allowed to see every layer. */
  @ArchTest
  static final ArchRule onion = onionArchitecture()
      .domainModels("dev.mms.domain..")
      .domainServices("dev.mms.application.port..")
      .applicationServices("dev.mms.application.service..", "dev.mms.application.memory..",
          "dev.mms.application.mock..")
      .adapter("jdbc", "dev.mms.adapter.jdbc..")
      .adapter("rest", "dev.mms.adapter.rest..")
      .ignoreDependency(resideInAPackage("dev.mms.server.."), alwaysTrue());
}
