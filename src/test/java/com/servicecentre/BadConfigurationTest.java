package com.servicecentre;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** Start-up stops with a message that names what is wrong. */
@OwnApplication
class BadConfigurationTest {

  @Test
  void modelThatDoesNotParseStopsStartUpNamingTheFile() {
    assertThatThrownBy(() -> SpringApplication.run(ServiceCentreApplication.class,
        "--spring.profiles.active=demo,test", "--server.port=0",
        "--camunda.bpm.deployment-resource-pattern=classpath*:broken-models/*.bpmn").close())
        .rootCause().hasMessageContaining("broken-process.bpmn");
  }

  @Test
  void decisionTableWithCodeStopsStartUpNamingTheFileAndTheElement() {
    assertThatThrownBy(() -> SpringApplication.run(ServiceCentreApplication.class,
        "--spring.profiles.active=demo,test", "--server.port=0",
        "--camunda.bpm.deployment-resource-pattern=classpath*:code-in-decisions/*.dmn").close())
        .rootCause().hasMessageContaining("决策表只能使用 FEEL 表达式").hasMessageContaining("table-with-juel.dmn")
        .hasMessageContaining("size-small").hasMessageContaining("juel");
  }

  @Test
  void legacyFeelWhichTranslatesToJuelStopsStartUp() {
    assertThatThrownBy(() -> SpringApplication.run(ServiceCentreApplication.class,
        "--spring.profiles.active=demo,test", "--server.port=0",
        "--camunda.bpm.generic-properties.properties.dmnFeelEnableLegacyBehavior=true").close())
        .rootCause().hasMessageContaining("FEEL only").hasMessageContaining("dmnFeelEnableLegacyBehavior");
  }

  @Test
  void unreachableDatabaseStopsStartUpNamingTheCause() {
    assertThatThrownBy(() -> SpringApplication.run(ServiceCentreApplication.class,
        "--spring.profiles.active=mysql", "--server.port=0",
        "--spring.datasource.url=jdbc:mysql://127.0.0.1:1/nowhere", "--spring.datasource.username=x",
        "--spring.datasource.password=x", "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=admin").close())
        .rootCause().hasMessageContaining("Connection refused");
  }

  @Test
  void retentionThatIsNotANumberOfDaysStopsStartUpNamingTheSetting() {
    assertThatThrownBy(() -> SpringApplication.run(ServiceCentreApplication.class,
        "--spring.profiles.active=test", "--server.port=0",
        "--service-centre.history.time-to-live=5 years").close())
        .rootCause().hasMessageContaining("service-centre.history.time-to-live").hasMessageContaining("5 years");
  }
}
