package com.servicecentre.lead;

import com.servicecentre.office.CommandMemo;
import com.servicecentre.lead.DesignerChoice.Candidate;
import com.servicecentre.lead.DesignerChoice.Caps;
import com.servicecentre.office.OfficeRules;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The designers of one grade as the dispatch rules see them at a moment: their orders (register) and their caps
 * (the newest designer-capacity table, which gives a designated top signer more). Read by the automatic choice and
 * again when a person forces a dispatch, so both judge by the same figures.
 */
@Component
public class DesignerPool {

  /** The designer grades, smallest orders first (副主任以下设计师, 主任设计师, FA首席设计师). */
  public static final List<String> GRADES = List.of("designer", "designer-senior", "designer-chief");

  private final LeadRegister register;
  private final IdentityService identity;
  private final DecisionService decisions;
  private final TopSigners topSigners;
  private final OfficeRules officeRules;

  public DesignerPool(LeadRegister register, IdentityService identity, DecisionService decisions,
      TopSigners topSigners, OfficeRules officeRules) {
    this.register = register;
    this.identity = identity;
    this.decisions = decisions;
    this.topSigners = topSigners;
    this.officeRules = officeRules;
  }

  /**
   * The designers of the grade who work in the shop, with that shop's orders as their workload; every designer of
   * the grade, with all their orders, when the shop is null.
   */
  public List<Candidate> of(String grade, String shop, LocalDateTime now) {
    var designers = identity.createUserQuery().memberOfGroup(grade);
    if (shop != null) {
      designers.memberOfTenant(shop);
    }
    return designers.orderByUserId().asc().list().stream()
        .map(user -> new Candidate(user.getId(), register.workload(user.getId(), shop, now),
            caps(user.getId(), shop, now)))
        .toList();
  }

  public boolean isDesigner(String userId) {
    return GRADES.stream().anyMatch(grade -> identity.createUserQuery().userId(userId).memberOfGroup(grade).count() > 0);
  }

  /** The grade's name as staff know it (主任设计师), or its id when the group has none. */
  public String gradeName(String grade) {
    var group = identity.createGroupQuery().groupId(grade).singleResult();
    return group == null || group.getName() == null ? grade : group.getName();
  }

  private Caps caps(String designer, String shop, LocalDateTime now) {
    boolean topSigner = topSigners.isTopSigner(designer, now.toLocalDate());
    // Every designer of the grade with the same inputs gets the same caps: the table is asked once per command.
    return CommandMemo.get("designer-capacity|" + shop + "|" + now.getMonthValue() + "|" + topSigner,
        () -> caps(shop, now.getMonthValue(), topSigner));
  }

  private Caps caps(String shop, int month, boolean topSigner) {
    // The caps of the shop whose lead is being dispatched, when it keeps a table of its own.
    DmnDecisionResultEntries limits = officeRules.evaluation(decisions, "designer-capacity", shop)
        .variables(Map.of("month", month, "topSigner", topSigner))
        .evaluate()
        .getSingleResult();
    return new Caps(limit(limits, "openOrdersLimit"), limit(limits, "dailyLimit"), limit(limits, "weeklyLimit"));
  }

  private static int limit(DmnDecisionResultEntries limits, String name) {
    Object value = limits.getEntry(name);
    return value == null ? 0 : ((Number) value).intValue();
  }
}
