package com.servicecentre.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up what a recipient's record allows. Owners and outside companies: notification_contact by the address
 * the process wrote (a mainland mobile number is its own SMS address). Staff: the e-mail of the login, or of every
 * member of the group in the case's office, from the identity service.
 */
public class Recipients {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private final JdbcTemplate jdbc;
  private final IdentityService identity;

  public Recipients(JdbcTemplate jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  public Recipient of(String audience, String address) {
    return of(audience, address, null);
  }

  /** {@code office}: the case's office, whose members of a group are told (null: every member). */
  public Recipient of(String audience, String address, String office) {
    if (Audiences.STAFF.equals(audience)) {
      return new Recipient(audience, address, null, null, staffEmails(address, office));
    }
    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT mobile, wechat_open_id, email FROM notification_contact WHERE address = ?", address);
    String mobile = MOBILE.matcher(address).matches() ? address : null;
    String openId = null;
    List<String> emails = new ArrayList<>();
    if (!rows.isEmpty()) {
      Map<String, Object> row = rows.get(0);
      mobile = row.get("MOBILE") != null ? (String) row.get("MOBILE") : mobile;
      openId = (String) row.get("WECHAT_OPEN_ID");
      if (row.get("EMAIL") != null) {
        emails.add((String) row.get("EMAIL"));
      }
    }
    return new Recipient(audience, address, mobile, openId, emails);
  }

  private List<String> staffEmails(String loginOrGroup, String office) {
    if (identity == null) {
      return List.of();
    }
    List<User> users = identity.createUserQuery().userId(loginOrGroup).list();
    if (users.isEmpty()) {
      // A group is its members in the case's office: 锦绣苑's dispatchers hear of 锦绣苑's jobs, not 翠湖花园's.
      var members = identity.createUserQuery().memberOfGroup(loginOrGroup);
      if (office != null) {
        members.memberOfTenant(office);
      }
      users = members.orderByUserId().asc().list();
    }
    return users.stream().map(User::getEmail).filter(e -> e != null && !e.isBlank()).toList();
  }
}
