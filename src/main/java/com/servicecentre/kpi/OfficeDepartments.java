package com.servicecentre.kpi;

import com.servicecentre.complaint.ComplaintProcess;
import com.servicecentre.lead.LeadProcess;
import com.servicecentre.moveout.MoveOutProcess;
import com.servicecentre.office.Office;
import com.servicecentre.office.OfficesFile;
import com.servicecentre.repair.RepairProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The departments an office has reports for: those answering for the processes its kind runs (a 管理处: 客服中心,
 * 工程维修部, 财务部; a 店面: 市场部, 设计部), in the catalogue's order, whether or not they had cases that period.
 * The same rule as the figures (KpiRules): a complaint belongs to its responsible department, a repair to 工程维修部,
 * a move-out to 财务部, a lead to 设计部 once it has a designer and to 市场部 before.
 */
@Component
class OfficeDepartments {

  private static final Map<String, List<String>> OF_PROCESS = Map.of(
      ComplaintProcess.KEY, List.of("customer-service"),
      RepairProcess.KEY, List.of("maintenance"),
      MoveOutProcess.KEY, List.of("finance"),
      LeadProcess.KEY, List.of("marketing", "design"));

  private final OfficesFile file;
  private final KpiCatalogue catalogue;

  OfficeDepartments(OfficesFile file, KpiCatalogue catalogue) {
    this.file = file;
    this.catalogue = catalogue;
  }

  List<String> of(Office office) {
    List<String> serving = new ArrayList<>();
    file.processesOf(office.kind()).forEach(p -> serving.addAll(OF_PROCESS.getOrDefault(p, List.of())));
    return catalogue.departments().stream().map(KpiDepartment::id).filter(serving::contains).toList();
  }

  /** The department a complaint answers in: its responsible group's, 客服中心 before one is decided. */
  String ofComplaint(String responsibleGroup) {
    String department = responsibleGroup == null ? null : catalogue.departmentOfGroup(responsibleGroup);
    return department == null ? "customer-service" : department;
  }

  static String ofLead(String designer) {
    return designer == null ? "marketing" : "design";
  }

  static String ofProcess(String processKey) {
    return OF_PROCESS.get(processKey).get(0);
  }
}
