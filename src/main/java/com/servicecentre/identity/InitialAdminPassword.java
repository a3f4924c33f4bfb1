package com.servicecentre.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * The first administrator (ADMIN_USER / ADMIN_PASSWORD, i.e. camunda.bpm.admin-user.*) must not have an empty
 * password, nor, where the engine's password policy is on (every profile but demo), one the policy refuses.
 * Checked before the engine touches its schema, and at every start, so that a weak setting is noticed even
 * after the admin was created. The password itself is never written to the log.
 */
@Component
public class InitialAdminPassword extends AbstractProcessEnginePlugin {

  private static final String SETTING = "ADMIN_PASSWORD (camunda.bpm.admin-user.password)";

  private final CamundaBpmProperties camunda;

  public InitialAdminPassword(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    AdminUserProperty admin = camunda.getAdminUser();
    if (admin == null || admin.getId() == null) {
      return;
    }
    String password = admin.getPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(SETTING + " is empty: set a password for the first administrator '"
          + admin.getId() + "'");
    }
    if (!configuration.isEnablePasswordPolicy()) {
      return;
    }
    PasswordPolicy policy = configuration.getPasswordPolicy() != null
        ? configuration.getPasswordPolicy() : new DefaultPasswordPolicyImpl();
    UserEntity user = new UserEntity(admin.getId());
    user.setFirstName(admin.getFirstName());
    user.setLastName(admin.getLastName());
    user.setEmail(admin.getEmail());
    List<String> unmet = new ArrayList<>();
    for (PasswordPolicyRule rule : policy.getRules()) {
      if (!rule.execute(password, user)) {
        unmet.add(describe(rule));
      }
    }
    if (!unmet.isEmpty()) {
      throw new IllegalStateException(SETTING + " is too weak for the first administrator '" + admin.getId()
          + "': it must " + String.join(", ", unmet));
    }
  }

  private static String describe(PasswordPolicyRule rule) {
    Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
    String placeholder = rule.getPlaceholder();
    return switch (placeholder.replace("PASSWORD_POLICY_", "")) {
      case "LENGTH" -> "be at least " + parameters.get("minLength") + " characters long";
      case "LOWERCASE" -> "contain at least " + parameters.get("minLowerCase") + " lower-case letter(s)";
      case "UPPERCASE" -> "contain at least " + parameters.get("minUpperCase") + " upper-case letter(s)";
      case "DIGIT" -> "contain at least " + parameters.get("minDigit") + " digit(s)";
      case "SPECIAL" -> "contain at least " + parameters.get("minSpecial") + " special character(s)";
      case "USER_DATA" -> "not contain the login, name or e-mail address";
      default -> "meet " + placeholder + " " + parameters;
    };
  }
}
