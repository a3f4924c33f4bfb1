package com.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@ServiceCentreTest
class RestAuthenticationTest {

  @Autowired TestRestTemplate rest;

  @Test
  void anonymousCallIsRefused() {
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void authenticatedCallSucceeds() {
    var response = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/decision-definition", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("designer-assignment");
  }

  @Test
  void unknownUserIsRefused() {
    // Not the demo user: failed logins lock an account for a while, which would break the other tests.
    assertThat(rest.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/process-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
