package com.servicecentre.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The person behind a request to our own API (/api/…), as checked against the engine's identity service. */
public record StaffMember(String userId, Set<String> groups, boolean admin, List<String> offices) {

  static final String REQUEST_ATTRIBUTE = StaffMember.class.getName();

  public static StaffMember of(HttpServletRequest request) {
    StaffMember member = (StaffMember) request.getAttribute(REQUEST_ATTRIBUTE);
    if (member == null) {
      throw new ApiException(401, "请先登录 (HTTP Basic)");
    }
    return member;
  }

  /** Refuses with 403 unless the person is an administrator or belongs to one of the groups. */
  public StaffMember require(Collection<String> allowedGroups, String what) {
    if (!admin && allowedGroups.stream().noneMatch(groups::contains)) {
      throw new ApiException(403, userId + " 无权" + what + "：仅限 " + String.join("、", allowedGroups) + " 和管理员");
    }
    return this;
  }

  /**
   * The offices whose cases this person may see (their tenants), or null for an administrator, who sees all.
   * Queries of our own API run without the caller's engine login, so each endpoint narrows them with this.
   */
  public List<String> visibleOffices() {
    return admin ? null : offices;
  }

  /** Whether a case of this office (a tenant id; null for one that belongs to no office) is this person's to see. */
  public boolean sees(String office) {
    return admin || office == null || offices.contains(office);
  }
}
