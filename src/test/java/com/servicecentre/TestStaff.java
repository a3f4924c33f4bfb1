package com.servicecentre;

import org.camunda.bpm.engine.IdentityService;

/** Puts a person into a staff group (and the default offices) for a test, whatever of these exists already. */
public final class TestStaff {

  private TestStaff() {}

  public static void member(IdentityService identity, String userId, String group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      identity.saveUser(identity.newUser(userId));
    }
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identity.createMembership(userId, group);
    }
    // A person made for a test works in an office, as every member of staff does: the first 管理处 and the shop.
    // (A demo login keeps the office it has: 周丽 of the shop must not become a member of 翠湖花园 too.)
    if (identity.createTenantQuery().userMember(userId).count() == 0) {
      for (String office : DEFAULT_OFFICES) {
        if (identity.createTenantQuery().tenantId(office).count() == 1) {
          identity.createTenantUserMembership(office, userId);
        }
      }
    }
  }

  /** The demo's default offices of each kind (offices/offices.yml). */
  public static final java.util.List<String> DEFAULT_OFFICES = java.util.List.of("A01", "S01");

  /** Does something logged in as that person with their groups, as Tasklist would; logged out afterwards. */
  public static void as(IdentityService identity, String userId, Runnable work) {
    identity.setAuthentication(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(t -> t.getId()).toList());
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
