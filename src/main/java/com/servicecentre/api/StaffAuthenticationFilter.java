package com.servicecentre.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own API (/api/…) takes the same HTTP Basic logins as the engine's REST API, and for reading also the login
 * of the webapps' session (a page opened from Tasklist). It only establishes who is
 * calling and in which offices (tenants) they work; each endpoint decides which groups it serves and shows only
 * the cases of those offices. Engine queries run without the caller's engine
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
    String sessionUser = credentials == null ? tasklistUser(request) : null;
    if (sessionUser == null
        && (credentials == null || !identity.checkPassword(credentials[0], credentials[1]))) {
      // A page that logs in by script asks not to be answered with the browser's own login dialog.
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"service-centre\"");
      }
      response.setStatus(401);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":401,\"message\":\"用户名或密码错误 (HTTP Basic)\"}");
      return;
    }
    String userId = sessionUser != null ? sessionUser : credentials[0];
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    boolean admin = configuration.getAdminUsers().contains(userId)
        || configuration.getAdminGroups().stream().anyMatch(groups::contains);
    List<String> offices = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).sorted().toList();
    request.setAttribute(StaffMember.REQUEST_ATTRIBUTE, new StaffMember(userId, groups, admin, offices));
    chain.doFilter(request, response);
  }

  /**
   * Who is logged in to Tasklist (Cockpit, Admin) in this browser, for reading only: a page opened from Tasklist
   * (我发起的案件) needs no second login. Requests that change anything still need HTTP Basic, so another site
   * cannot make a browser's session act (CSRF).
   */
  private String tasklistUser(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    return login == null ? null : login.getIdentityId();
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
