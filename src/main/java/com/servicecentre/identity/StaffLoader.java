package com.servicecentre.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService taskService;
  private final ResourceLoader resources;
  private final String staffFile;
  private final String demoUsersFile;

  public StaffLoader(ProcessEngine engine, ResourceLoader resources,
      @Value("${service-centre.staff.file:classpath:staff/staff.yml}") String staffFile,
      @Value("${service-centre.staff.demo-users:}") String demoUsersFile) {
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    this.filters = engine.getFilterService();
    this.taskService = engine.getTaskService();
    this.resources = resources;
    this.staffFile = staffFile;
    this.demoUsersFile = demoUsersFile;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    Map<String, Object> staff = read(staffFile);
    List<Map<String, Object>> groups = list(staff, "groups");
    List<String> groupIds = groups.stream().map(g -> (String) g.get("id")).toList();
    for (Map<String, Object> group : groups) {
      String id = (String) group.get("id");
      ensureGroup(id, (String) group.get("name"));
      for (Map<String, Object> grant : list(group, "grants")) {
        Resources resource = Resources.valueOf((String) grant.get("resource"));
        ensureGrant(id, resource, String.valueOf(grant.get("id")), strings(grant.get("permissions")));
      }
    }
    for (Map<String, Object> filter : list(staff, "filters")) {
      ensureFilter(filter, groupIds);
    }
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

  private void ensureGrant(String groupId, Resource resource, String resourceId, List<String> permissionNames) {
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
    for (String name : permissionNames) {
      Permission permission = ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType());
      if (permission == null || !permission.getName().equals(name)) {
        throw new IllegalStateException(staffFile + ": permission " + name + " does not exist for " + resource);
      }
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }

  @SuppressWarnings("unchecked")
  private void ensureFilter(Map<String, Object> spec, List<String> allGroups) {
    String name = (String) spec.get("name");
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setProperties(Map.of("priority", spec.getOrDefault("priority", 0), "refresh", true))
          .setQuery(taskQuery((Map<String, Object>) spec.get("query")));
      filters.saveFilter(filter);
    }
    List<String> visibleTo = strings(spec.get("visibleTo"));
    for (String group : visibleTo.contains("*") ? allGroups : visibleTo) {
      ensureGrant(group, Resources.FILTER, filter.getId(), List.of("READ"));
    }
  }

  private TaskQuery taskQuery(Map<String, Object> spec) {
    TaskQuery query = taskService.createTaskQuery();
    spec.forEach((key, value) -> {
      String v = String.valueOf(value);
      switch (key) {
        case "assigneeExpression" -> query.taskAssigneeExpression(v);
        case "candidateGroupsExpression" -> query.taskCandidateGroupInExpression(v);
        case "candidateGroup" -> query.taskCandidateGroup(v);
        case "dueBeforeExpression" -> query.dueBeforeExpression(v);
        case "dueAfterExpression" -> query.dueAfterExpression(v);
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
