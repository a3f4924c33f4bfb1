package com.servicecentre.rules;

import com.servicecentre.api.ApiException;
import com.servicecentre.api.StaffMember;
import com.servicecentre.office.Offices;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What-if for the managers who change rules: POST a candidate DMN file, get back how the last N recorded
 * evaluations of that decision would have come out. Same people as may deploy that decision ({@link RuleOwners}).
 * {@code ?office=A01}: against the version that office's cases follow, on its cases only (members of the office).
 */
@RestController
@RequestMapping("/api/decisions/{decisionKey}/what-if")
public class WhatIfController {

  static final List<String> RULE_OWNERS = RuleOwners.anyTable();

  private final WhatIfAnalysis analysis;
  private final Offices offices;

  public WhatIfController(WhatIfAnalysis analysis, Offices offices) {
    this.analysis = analysis;
    this.offices = offices;
  }

  /** {@code curl -u xuting:demo -F file=@decisions/designer-assignment.dmn …/what-if?last=100} */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public WhatIfReport upload(HttpServletRequest request, @PathVariable String decisionKey,
      @RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "100") int last,
      @RequestParam(required = false) String office) throws IOException {
    return replay(request, decisionKey, office, file.getBytes(), last);
  }

  /** The candidate as the request body: {@code curl --data-binary @file.dmn -H 'Content-Type: application/xml'}. */
  @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
      MediaType.APPLICATION_OCTET_STREAM_VALUE})
  public WhatIfReport body(HttpServletRequest request, @PathVariable String decisionKey,
      @RequestBody byte[] candidate, @RequestParam(defaultValue = "100") int last,
      @RequestParam(required = false) String office) {
    return replay(request, decisionKey, office, candidate, last);
  }

  private WhatIfReport replay(HttpServletRequest request, String decisionKey, String office, byte[] candidate,
      int last) {
    StaffMember member = StaffMember.of(request).require(RULE_OWNERS, "试算规则");
    if (!member.admin() && !RuleOwners.mayChange(member.groups(), decisionKey)) {
      throw new ApiException(403, member.userId() + " 无权试算决策表 " + decisionKey);
    }
    if (office != null && offices.find(office).isEmpty()) {
      throw new ApiException(404, "没有管理处或店面 " + office);
    }
    if (office != null && !member.admin() && !offices.officesOf(member.userId()).contains(office)) {
      throw new ApiException(403, member.userId() + " 不属于" + offices.nameOf(office) + "，不能试算其规则");
    }
    if (office == null && !member.admin()
        && offices.all().stream().anyMatch(o -> !member.offices().contains(o.code()))) {
      // Without an office the candidate is tried on every office's cases: for those who work in all of them.
      throw new ApiException(400, "请用 office= 指定要试算的管理处或门店：" + String.join("、", member.offices()));
    }
    if (last < 1 || last > 10000) {
      throw new ApiException(400, "last must be between 1 and 10000");
    }
    try {
      return analysis.replay(decisionKey, office, candidate, last);
    } catch (WhatIfAnalysis.RefusedCandidate e) {
      throw new ApiException(400, e.getMessage());
    } catch (WhatIfAnalysis.UnknownDecision e) {
      throw new ApiException(404, e.getMessage());
    }
  }
}
