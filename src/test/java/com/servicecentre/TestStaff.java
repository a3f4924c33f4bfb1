package com.servicecentre;

import org.camunda.bpm.engine.IdentityService;

/** Puts a person into a staff group for a test, whatever of the two exists already. */
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
  }

  /** Does something logged in as that person with their groups, as Tasklist would; logged out afterwards. */
  public static void as(IdentityService identity, String userId, Runnable work) {
    identity.setAuthentication(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList());
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
