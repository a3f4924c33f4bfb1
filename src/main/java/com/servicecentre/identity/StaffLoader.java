package com.servicecentre.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import com.servicecentre.office.OfficeUpgrade;
import com.servicecentre.office.Offices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * Creates the staff groups, their authorizations and the Tasklist filters from staff/staff.yml, and in the demo
 * profile the demo logins. Only what is missing is created, so running it again changes nothing.
 */
@Component
public class StaffLoader {

  /** Resource types whose grants to staff groups come from staff.yml alone, whatever their id. */
  private static final Set<Integer> REVOCABLE = Set.of(Resources.APPLICATION.resourceType(),
      Resources.PROCESS_DEFINITION.resourceType(), Resources.DECISION_DEFINITION.resourceType(),
      Resources.DEPLOYMENT.resourceType(), Resources.OPERATION_LOG_CATEGORY.resourceType());

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService taskService;
  private final ProcessEngine engine;
  private final ResourceLoader resources;
  private final String staffFile;
  private final String demoUsersFile;
  private final Offices offices;
  private final OfficeUpgrade officeUpgrade;

  public StaffLoader(ProcessEngine engine, ResourceLoader resources, Offices offices, OfficeUpgrade officeUpgrade,
      @Value("${service-centre.staff.file:classpath:staff/staff.yml}") String staffFile,
      @Value("${service-centre.staff.demo-users:}") String demoUsersFile) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    this.filters = engine.getFilterService();
    this.taskService = engine.getTaskService();
    this.resources = resources;
    this.staffFile = staffFile;
    this.demoUsersFile = demoUsersFile;
    this.offices = offices;
    this.officeUpgrade = officeUpgrade;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    offices.addMissing();
    // Cases from before offices go to the default offices, which exist from here on (once, after the upgrade).
    officeUpgrade.run();
    Map<String, Object> staff = read(staffFile);
    List<Map<String, Object>> groups = list(staff, "groups");
    List<String> groupIds = groups.stream().map(g -> (String) g.get("id")).toList();
    for (Map<String, Object> group : groups) {
      String id = (String) group.get("id");
      ensureGroup(id, (String) group.get("name"));
      Set<String> declared = new HashSet<>();
      for (Map<String, Object> grant : list(group, "grants")) {
        Resources resource = Resources.valueOf((String) grant.get("resource"));
        String resourceId = String.valueOf(grant.get("id"));
        ensureGrant(id, resource, resourceId, strings(grant.get("permissions")), true);
        declared.add(resource.resourceType() + ":" + resourceId);
      }
      revokeUndeclaredGrants(id, declared);
    }
    // The card shows the task's copies of the case variables (CaseOnTheCard), which its candidates may read.
    List<Map<String, Object>> cardVariables = list(staff, "cardVariables").stream()
        .map(v -> Map.<String, Object>of("name", CaseOnTheCard.copyName((String) v.get("name")), "label", v.get("label")))
        .toList();
    for (Map<String, Object> filter : list(staff, "filters")) {
      ensureFilter(filter, groupIds, cardVariables);
    }
    CaseOnTheCard.copyOntoOpenTasks(engine, list(staff, "cardVariables").stream()
        .map(v -> (String) v.get("name")).toList());
    if (StringUtils.hasText(demoUsersFile)) {
      for (Map<String, Object> user : list(read(demoUsersFile), "users")) {
        ensureUser(user);
      }
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /**
   * Takes away what an earlier staff.yml granted and this one does not: grants on whole resource types ("*") and
   * on applications, definitions and deployments. Grants on single tasks and filters are the engine's and the
   * filters' own and stay.
   */
  private void revokeUndeclaredGrants(String groupId, Set<String> declared) {
    for (Authorization auth : authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).list()) {
      boolean ours = "*".equals(auth.getResourceId()) || REVOCABLE.contains(auth.getResourceType());
      if (ours && !declared.contains(auth.getResourceType() + ":" + auth.getResourceId())) {
        authorizations.deleteAuthorization(auth.getId());
      }
    }
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId, List<String> permissionNames,
      boolean exactly) {
    Authorization auth = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    boolean isNew = auth == null;
    if (isNew) {
      auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    boolean changed = isNew;
    List<Permission> wanted = new ArrayList<>();
    for (String name : permissionNames) {
      Permission permission = ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType());
      if (permission == null || !permission.getName().equals(name)) {
        throw new IllegalStateException(staffFile + ": permission " + name + " does not exist for " + resource);
      }
      wanted.add(permission);
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        changed = true;
      }
    }
    if (exactly && !isNew) {
      for (Permission granted : auth.getPermissions(ResourceTypeUtil.getPermissionsByResourceType(
          resource.resourceType()))) {
        if (granted.getValue() != 0 && !wanted.contains(granted) && !isAll(granted)) {
          auth.removePermission(granted);
          changed = true;
        }
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }

  private static boolean isAll(Permission permission) {
    return permission.getValue() == Integer.MAX_VALUE;
  }

  @SuppressWarnings("unchecked")
  private void ensureFilter(Map<String, Object> spec, List<String> allGroups, List<Map<String, Object>> cardVariables) {
    String name = (String) spec.get("name");
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setProperties(new HashMap<>(Map.of("priority", spec.getOrDefault("priority", 0), "refresh", true)))
          .setQuery(taskQuery((Map<String, Object>) spec.get("query")));
    }
    // A filter whose criteria the file changed (即将超时 now reads the warning instant) gets the new criteria.
    String criteria = String.valueOf(spec.get("query"));
    if (!criteria.equals(filter.getProperties().get("criteria"))) {
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("criteria", criteria);
      filter.setProperties(properties);
      filter.setQuery(taskQuery((Map<String, Object>) spec.get("query")));
      filter = filters.saveFilter(filter);
    }
    // The case on the card (its number, who, where): also added to filters made by an earlier release.
    if (!cardVariables.equals(filter.getProperties().get("variables"))) {
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", cardVariables);
      properties.put("showUndefinedVariable", false);
      filter.setProperties(properties);
      filters.saveFilter(filter);
    }
    List<String> visibleTo = strings(spec.get("visibleTo"));
    for (String group : visibleTo.contains("*") ? allGroups : visibleTo) {
      ensureGrant(group, Resources.FILTER, filter.getId(), List.of("READ"), false);
    }
  }

  private TaskQuery taskQuery(Map<String, Object> spec) {
    TaskQuery query = taskService.createTaskQuery();
    spec.forEach((key, value) -> {
      String v = String.valueOf(value);
      switch (key) {
        case "assigneeExpression" -> query.taskAssigneeExpression(v);
        case "ownerExpression" -> query.taskOwnerExpression(v);
        case "candidateGroupsExpression" -> query.taskCandidateGroupInExpression(v);
        case "candidateGroup" -> query.taskCandidateGroup(v);
        case "dueBeforeExpression" -> query.dueBeforeExpression(v);
        case "dueAfterExpression" -> query.dueAfterExpression(v);
        case "followUpBeforeExpression" -> query.followUpBeforeExpression(v);
        default -> throw new IllegalStateException(staffFile + ": unknown filter query key " + key);
      }
    });
    return query;
  }

  private void ensureUser(Map<String, Object> spec) {
    String id = (String) spec.get("id");
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName((String) spec.get("firstName"));
      user.setLastName((String) spec.get("lastName"));
      user.setPassword("demo");
      identity.saveUser(user);
    }
    for (String group : strings(spec.get("groups"))) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
    offices.addMember(id, strings(spec.get("offices")));
  }

  private Map<String, Object> read(String location) {
    try (InputStream in = resources.getResource(location).getInputStream()) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read staff file " + location + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
