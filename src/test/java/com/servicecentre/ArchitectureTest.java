package com.servicecentre;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The boundaries docs/architecture.md draws, checked on the compiled application. */
@AnalyzeClasses(packages = "com.servicecentre", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] AREAS = {"..complaint..", "..repair..", "..moveout..", "..lead.."};

  /** A process's registers, rules and delegates are its own: areas meet only in what is shared. */
  @ArchTest
  static final ArchRule areasDoNotReachIntoEachOther = slices()
      .matching("com.servicecentre.(complaint|repair|moveout|lead)..").should().notDependOnEachOther();

  /** What an area may use of the application: common pieces, the shared ledger and the notification port. */
  @ArchTest
  static final ArchRule areasUseOnlyTheSharedPieces = noClasses().that().resideInAnyPackage(AREAS)
      .should().dependOnClassesThat().resideInAnyPackage("com.servicecentre.api..", "com.servicecentre.audit..",
          "com.servicecentre.config..", "com.servicecentre.database..", "com.servicecentre.identity..",
          "com.servicecentre.rules..", "com.servicecentre.security..");

  /**
   * Engine internals (org.camunda.bpm.engine.impl) belong to the adapters that extend the engine (security,
   * rules, audit, database, identity, config, api); the processes and the shared pieces use its public API.
   * The clock is read through {@code common.EngineClock}, and the login through the identity service.
   */
  @ArchTest
  static final ArchRule processesUseThePublicEngineApiOnly = noClasses()
      .that().resideInAnyPackage("..complaint..", "..repair..", "..moveout..", "..lead..", "..common..",
          "..ledger..", "..notification..")
      .and().doNotHaveFullyQualifiedName("com.servicecentre.common.EngineClock")
      .should().dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine.impl..")
          .and(not(name("org.camunda.bpm.engine.impl.identity.Authentication"))));

  /** Steps the models call by name are Spring beans (camunda:delegateExpression="${…}"). */
  @ArchTest
  static final ArchRule delegatesAreBeans = classes().that().implement(JavaDelegate.class)
      .or().implement(TaskListener.class).and().areNotInterfaces().and().areNotAnonymousClasses()
      .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
      .should().beAnnotatedWith(Component.class);

  /** One place reads what callers asked the engine to do from its command objects (by reflection). */
  @ArchTest
  static final ArchRule engineCommandsAreReadInOnePlace = noClasses()
      .that().doNotHaveSimpleName("EngineCommands")
      .should().dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine.impl.cmd..")
          .and(not(simpleName("GetCamundaFormDefinitionCmd"))).and(not(simpleName("GetDeploymentResourceCmd"))));
}
