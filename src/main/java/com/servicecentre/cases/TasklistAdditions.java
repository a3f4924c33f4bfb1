package com.servicecentre.cases;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The service centre's additions to Camunda Tasklist, loaded by Tasklist itself for every registered plugin
 * (META-INF/services), so no config.js entry is needed: plugin-webapp/serviceCentre/app/plugin.js and plugin.css.
 * They link 我发起的案件, find a case by its number from the search box, show the number of a case just started, and
 * hide 新建任务 (tasks come from cases; the server refuses it as well).
 */
public class TasklistAdditions extends AbstractTasklistPlugin {

  public static final String ID = "serviceCentre";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(TasklistAdditionsAssets.class);
  }
}
