package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.ATTRIBUTION_BASIS;
import static com.servicecentre.lead.LeadProcess.LEAD_OWNER;
import static com.servicecentre.lead.LeadProcess.PREFERRED_DESIGNER;
import static com.servicecentre.lead.LeadProcess.PRIVATE_DESIGNER_CONTACT;

import com.servicecentre.common.FormInput;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records whose lead it is (归属认定) and on which of the seed's four rules, and, for a marketing lead, the designer
 * the salesperson prefers (市场部业务员可优先选择设计师, seed 001 L19), which the dispatch tries first.
 */
@Component("recordAttribution")
public class RecordAttribution implements JavaDelegate {

  /** 约客户上门, 客户认定, 档案认定, 第一接触 (seed 001 L20–30). */
  public static final List<String> BASES = List.of("first-visit", "named-by-customer", "filed-record", "first-contact");

  private final LeadRegister register;
  private final IdentityService identity;

  public RecordAttribution(LeadRegister register, IdentityService identity) {
    this.register = register;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String owner = in.text(LEAD_OWNER.name(), "归属人");
    String basis = in.oneOf(ATTRIBUTION_BASIS.name(), "认定依据", BASES);
    if (owner != null && identity.createUserQuery().userId(owner).count() == 0) {
      in.problem(LEAD_OWNER.name(), "归属人", "没有用户 \"" + owner + "\"");
    }
    // Chosen from the list of designers at attribution; a login sent past the list is refused, not dispatched to.
    String preferred = in.optionalText(PREFERRED_DESIGNER.name());
    // Any grade: the grade the order gets is decided later, and a preference outside it is simply not used.
    // A designer of the lead's shop: the order is dispatched there.
    String shop = execution.getTenantId();
    if (preferred != null && DesignerPool.GRADES.stream().noneMatch(group -> {
      var designer = identity.createUserQuery().userId(preferred).memberOfGroup(group);
      return (shop == null ? designer : designer.memberOfTenant(shop)).count() > 0;
    })) {
      in.problem(PREFERRED_DESIGNER.name(), "业务员优先选择的设计师", "本店没有设计师 \"" + preferred + "\"");
    }
    in.check();
    register.recordAttribution(CASE_NO.get(execution), owner, basis);
    register.recordPrivateDesignerContact(CASE_NO.get(execution),
        Boolean.TRUE.equals(PRIVATE_DESIGNER_CONTACT.from(execution)));
  }
}
