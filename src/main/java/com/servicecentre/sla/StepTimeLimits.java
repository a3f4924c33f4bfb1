package com.servicecentre.sla;

import com.servicecentre.office.CommandMemo;
import com.servicecentre.office.OfficeRules;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The limits of steps that do not depend on the case, from the table {@code step-time-limits} (a manager changes
 * them there): {@code camunda:dueDate="${stepLimits.due('move-out-refund', 'checkSettlement')}"} gives
 * {@code office-hours:1工作日内}, which the engine's business calendar counts in working time from the task's start.
 * The table is the rule of the organisation, not of the person completing the step before: it is read whatever
 * that person may read. An office that keeps its own version of the table has its cases timed by it
 * ({@link OfficeRules}): the office is that of the case the engine is working on.
 */
@Component("stepLimits")
public class StepTimeLimits {

  public static final String DECISION = "step-time-limits";

  private final ObjectProvider<ProcessEngine> engine;
  private final OfficeRules officeRules;

  public StepTimeLimits(ObjectProvider<ProcessEngine> engine, OfficeRules officeRules) {
    this.engine = engine;
    this.officeRules = officeRules;
  }

  /** {@code <calendar>:<limit>} of the step. */
  public String due(String process, String step) {
    DmnDecisionResultEntries rule = evaluate(process, step);
    return rule.getEntry("calendar") + ":" + rule.getEntry("limit");
  }

  /** The warning instant of the step's limit ({@link ServiceLevels#WARNING}). */
  public String warning(String process, String step) {
    return ServiceLevels.WARNING + due(process, step);
  }

  // due() and warning() of one task ask the same question in the same command: answered (and kept in the
  // decision history) once.
  private DmnDecisionResultEntries evaluate(String process, String step) {
    String office = OfficeRules.caseOffice();
    return CommandMemo.get(DECISION + "|" + office + "|" + process + "|" + step, () -> evaluate(process, step, office));
  }

  private DmnDecisionResultEntries evaluate(String process, String step, String office) {
    Callable<DmnDecisionResultEntries> evaluation = () -> {
      var result = officeRules.evaluation(engine.getObject().getDecisionService(), DECISION, office)
          .variables(Map.of("process", process, "step", step)).evaluate();
      if (result.isEmpty()) {
        throw new ServiceLevelRefused("决策表 " + DECISION + " 中没有流程 " + process + " 步骤 " + step + " 的时限");
      }
      return result.getSingleResult();
    };
    try {
      CommandContext context = Context.getCommandContext();
      return context == null ? evaluation.call() : context.runWithoutAuthorization(evaluation);
    } catch (ServiceLevelRefused e) {
      throw e;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
