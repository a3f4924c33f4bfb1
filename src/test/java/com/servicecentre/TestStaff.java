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
}
