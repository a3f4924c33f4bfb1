package com.servicecentre.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Task lists and counts (Tasklist, REST, Java API) check the caller's authorizations with a probe per task instead of
 * Camunda's join of all their authorization rows, which every candidate link adds one of per task: the same access
 * rule, and a page of 100,000 open tasks in milliseconds on MySQL/MariaDB instead of no answer (README,
 * Performance). The SQL is in task-query-authorization.xml beside this class; it reuses Camunda's own query
 * fragments, so filters, tenants, sorting and paging stay the engine's. A Camunda upgrade that renames them stops
 * start-up at parsing here, naming the fragment.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  private static final String NAMESPACE = "com.servicecentre.security.TaskQueryAuthorization.";
  private static final String MAPPING = "task-query-authorization.xml";
  /** The databases whose plans were read and measured (MariaDB is "mysql" to Camunda); others keep Camunda's SQL. */
  private static final Set<String> MEASURED_ON = Set.of(DbSqlSessionFactory.H2, DbSqlSessionFactory.MYSQL);

  /** Shown to Camunda's fragment instead of the real check, so that it adds no authorization join. */
  public static final AuthorizationCheck NOT_CHECKED_IN_FRAGMENT = new AuthorizationCheck();

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!MEASURED_ON.contains(engine.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(NAMESPACE + "selectTasksCheckedPerTask", false)) {
      try (InputStream xml = TaskQueryAuthorization.class.getResourceAsStream(MAPPING)) {
        new XMLMapperBuilder(xml, mybatis, "com/servicecentre/security/" + MAPPING, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new ProcessEngineException("cannot read " + MAPPING, e);
      }
    }
    DbSqlSessionFactory statements = engine.getDbSqlSessionFactory();
    Map<String, String> mappings = statements.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(statements.getStatementMappings());
    mappings.put("selectTaskByQueryCriteria", NAMESPACE + "selectTasksCheckedPerTask");
    mappings.put("selectTaskCountByQueryCriteria", NAMESPACE + "countTasksCheckedPerTask");
    statements.setStatementMappings(mappings);
  }

  /** Whether the query's check is one the probes express: granted permissions only, no composite checks. */
  public static boolean checkedPerTask(AuthorizationCheck check) {
    return check != null && check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled() && check.getPermissionChecks().getCompositeChecks().isEmpty();
  }

  /**
   * Whether the list can do without DISTINCT, which makes the database read and sort every matching task before it
   * can return the first 15: true when no join can repeat a task, i.e. authorizations are not joined (checked per
   * task here, or not checked: an administrator) and candidates are asked for by one group at most (one candidate
   * link per group and task) and no sorting by variables joins more rows.
   */
  public static boolean rowsAreUnique(TaskQueryImpl query) {
    AuthorizationCheck check = query.getAuthCheck();
    boolean joinsAuthorizations = check != null && check.getShouldPerformAuthorizatioCheck()
        && check.getAuthUserId() != null && !check.isRevokeAuthorizationCheckEnabled() && !checkedPerTask(check);
    if (joinsAuthorizations) {
      return false;
    }
    for (QueryOrderingProperty ordering : orderings(query)) {
      if (ordering.getRelation() != null) {
        return false;
      }
    }
    for (TaskQueryImpl part : query.getQueries()) {
      if (part.isOrQueryActive() || part.getCandidateUser() != null || part.getCandidateGroupLike() != null
          || part.getInvolvedUser() != null || Boolean.TRUE.equals(part.isWithCandidateGroups())
          || Boolean.TRUE.equals(part.isWithCandidateUsers())) {
        return false;
      }
      List<String> groups = part.getCandidateGroups();
      if (groups != null && groups.size() > 1) {
        return false;
      }
    }
    return true;
  }

  private static List<QueryOrderingProperty> orderings(TaskQueryImpl query) {
    return query.getOrderingProperties() == null ? List.of() : query.getOrderingProperties();
  }
}
