package com.servicecentre.lead;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * 派单: among the designers of the level the size decided, those under every cap of the newest designer-capacity
 * table are eligible; a marketing salesperson's preferred designer goes first, otherwise the one with the fewest
 * orders this week (公开公平公正). Sets {@code designer} to null when nobody is eligible.
 */
@Component("chooseDesigner")
public class ChooseDesigner implements JavaDelegate {

  private final LeadRegister register;
  private final IdentityService identity;
  private final DecisionService decisions;

  public ChooseDesigner(LeadRegister register, IdentityService identity, DecisionService decisions) {
    this.register = register;
    this.identity = identity;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String level = (String) execution.getVariable("designerGroup");
    if (level == null) {
      throw new ProcessEngineException("designer-assignment gave no designer level (orderSize "
          + execution.getVariable("orderSize") + ") for estimatedAmount " + execution.getVariable("estimatedAmount"));
    }
    LocalDateTime now = EngineClock.now();
    List<Candidate> eligible = new ArrayList<>();
    List<String> considered = new ArrayList<>();
    for (User user : identity.createUserQuery().memberOfGroup(level).orderByUserId().asc().list()) {
      Candidate candidate = new Candidate(user.getId(), register.workload(user.getId(), now), limits(user.getId(), now));
      considered.add(candidate.describe());
      if (candidate.underEveryCap()) {
        eligible.add(candidate);
      }
    }
    String preferred = Boolean.TRUE.equals(execution.getVariable("fromMarketing"))
        ? (String) execution.getVariable("preferredDesigner") : null;
    Candidate chosen = eligible.stream().filter(c -> c.id().equals(preferred)).findFirst()
        .orElseGet(() -> eligible.stream().min(Candidate.FAIREST).orElse(null));

    execution.setVariable("designer", chosen == null ? null : chosen.id());
    execution.setVariable("dispatchBasis",
        chosen == null ? "none-eligible" : chosen.id().equals(preferred) ? "preferred" : "fewest-orders");
    // Kept on the case so that auditors see why this designer (or nobody) was chosen.
    execution.setVariable("capacityCheck", considered.isEmpty() ? "组 " + level + " 没有设计师" : String.join("; ", considered));
  }

  private DmnDecisionResultEntries limits(String designer, LocalDateTime now) {
    return decisions.evaluateDecisionByKey("designer-capacity")
        .variables(Map.of("month", now.getMonthValue(), "designer", designer))
        .evaluate()
        .getSingleResult();
  }

  private record Candidate(String id, LeadRegister.Workload load, DmnDecisionResultEntries limits) {

    static final Comparator<Candidate> FAIREST = Comparator
        .comparingInt((Candidate c) -> c.load().inHandThisWeek())
        .thenComparingInt(c -> c.load().dispatchedThisWeek())
        .thenComparing(Candidate::id);

    boolean underEveryCap() {
      return load.inHandThisWeek() < limit("openOrdersLimit")
          && load.dispatchedToday() < limit("dailyLimit")
          && load.dispatchedThisWeek() < limit("weeklyLimit");
    }

    String describe() {
      return id + ": 在手 " + load.inHandThisWeek() + "/" + limit("openOrdersLimit")
          + ", 今日 " + load.dispatchedToday() + "/" + limit("dailyLimit")
          + ", 本周 " + load.dispatchedThisWeek() + "/" + limit("weeklyLimit");
    }

    private int limit(String name) {
      Object value = limits.getEntry(name);
      return value == null ? 0 : ((Number) value).intValue();
    }
  }
}
