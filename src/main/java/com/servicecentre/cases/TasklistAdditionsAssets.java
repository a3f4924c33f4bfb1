package com.servicecentre.cases;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the additions' plugin.js and plugin.css to Tasklist (/camunda/api/tasklist/plugin/serviceCentre/static/…). */
@Path("plugin/" + TasklistAdditions.ID)
public class TasklistAdditionsAssets extends AbstractTasklistPluginRootResource {

  public TasklistAdditionsAssets() {
    super(TasklistAdditions.ID);
  }
}
