package com.servicecentre.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Set;

/** The person behind a request to our own API (/api/…), as checked against the engine's identity service. */
public record StaffMember(String userId, Set<String> groups, boolean admin) {

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
}
