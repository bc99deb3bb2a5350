package dev.mms.adapter.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The adapter as an allow-list: it reaches the application only through its ports (never a service
 * or an in-memory store), and otherwise only the domain and its own libraries.
 */
@AnalyzeClasses(
    packages = "dev.mms.adapter.rest",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RestArchitectureTest {

  @ArchTest
  static final ArchRule rest_adapter_sees_ports_domain_and_its_libraries_only =
      classes()
          .that()
          .resideInAPackage("dev.mms.adapter.rest..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.mms.adapter.rest..",
              "dev.mms.application.port..",
              "dev.mms.domain..",
              "java..",
              "javax.crypto..",
              "javax.annotation.processing..",
              "io.vavr..",
              "io.javalin..",
              "jakarta.servlet..",
              "org.eclipse.jetty..",
              "com.fasterxml.jackson..",
              "org.mapstruct..",
              "org.slf4j..");
}
