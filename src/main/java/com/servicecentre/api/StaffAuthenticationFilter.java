package com.servicecentre.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own API (/api/…) takes the same HTTP Basic logins as the engine's REST API. It only establishes who is
 * calling; each endpoint decides which groups it serves. Engine queries run without the caller's engine
 * authorizations, so the endpoint's group check is the whole access rule.
 */
public class StaffAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;

  public StaffAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    IdentityService identity = engine.getIdentityService();
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      // A page that logs in by script asks not to be answered with the browser's own login dialog.
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"service-centre\"");
      }
      response.setStatus(401);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":401,\"message\":\"用户名或密码错误 (HTTP Basic)\"}");
      return;
    }
    String userId = credentials[0];
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    boolean admin = configuration.getAdminUsers().contains(userId)
        || configuration.getAdminGroups().stream().anyMatch(groups::contains);
    request.setAttribute(StaffMember.REQUEST_ATTRIBUTE, new StaffMember(userId, groups, admin));
    chain.doFilter(request, response);
  }

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
