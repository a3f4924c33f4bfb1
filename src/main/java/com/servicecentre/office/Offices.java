package com.servicecentre.office;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices as the application keeps them: the office table (name, address, phone, calendar) and the Camunda
 * tenant of the same code, whose memberships say who works there.
 */
@Component
public class Offices {

  private static final RowMapper<Office> OFFICE = (rs, i) -> new Office(rs.getString("code"), rs.getString("name"),
      rs.getString("kind"), rs.getString("address"), rs.getString("phone"), rs.getString("calendar"));

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final OfficesFile file;

  public Offices(JdbcTemplate jdbc, IdentityService identity, OfficesFile file) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.file = file;
  }

  public List<Office> all() {
    return jdbc.query("SELECT * FROM office ORDER BY position, code", OFFICE);
  }

  /** Read once per engine command (a case's due dates and messages ask for its office several times). */
  public Optional<Office> find(String code) {
    return code == null ? Optional.empty() : CommandMemo.get("office|" + code,
        () -> jdbc.query("SELECT * FROM office WHERE code = ?", OFFICE, code).stream().findFirst());
  }

  /** The office's Chinese name, or its code when it is not (or no longer) on file. */
  public String nameOf(String code) {
    return find(code).map(Office::name).orElse(code);
  }

  /** The codes of the offices a person works in (directly or through a group), in the offices' order. */
  public List<String> officesOf(String userId) {
    List<String> member = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return all().stream().map(Office::code).filter(member::contains).toList();
  }

  /** The first office of this kind (property, renovation) a person works in, or null when they work in none. */
  public String officeOf(String userId, String kind) {
    if (userId == null) {
      return null;
    }
    List<String> member = officesOf(userId);
    return all().stream().filter(o -> o.kind().equals(kind) && member.contains(o.code())).map(Office::code)
        .findFirst().orElse(null);
  }

  /**
   * Narrows a search of cases to those of these offices (null: every case, for administrators; none: no case).
   * Our own API runs its queries without the caller's engine login, so the tenant check is this.
   */
  public static HistoricProcessInstanceQuery only(HistoricProcessInstanceQuery query, List<String> offices) {
    if (offices != null) {
      query.tenantIdIn(offices.isEmpty() ? new String[] {"-"} : offices.toArray(String[]::new));
    }
    return query;
  }

  /** The people of an office who belong to a group, by login. */
  public List<String> membersOf(String officeCode, String groupId) {
    return identity.createUserQuery().memberOfTenant(officeCode).memberOfGroup(groupId).orderByUserId().asc().list()
        .stream().map(u -> u.getId()).toList();
  }

  public List<OfficeUnit> units(String officeCode) {
    return jdbc.query("SELECT * FROM office_unit WHERE office_code = ? ORDER BY estate, building, unit",
        (rs, i) -> new OfficeUnit(rs.getString("estate"), rs.getString("building"), rs.getString("unit")), officeCode);
  }

  /** An administrator's change of an office's details; the tenant's name follows the office's. */
  @Transactional
  public void update(Office changed, String by) {
    jdbc.update("UPDATE office SET name = ?, address = ?, phone = ?, calendar = ?, updated_by = ?, updated_at = ?"
        + " WHERE code = ?", changed.name(), changed.address(), changed.phone(), changed.calendar(), by,
        LocalDateTime.now(), changed.code());
    Tenant tenant = identity.createTenantQuery().tenantId(changed.code()).singleResult();
    if (tenant != null && !changed.name().equals(tenant.getName())) {
      tenant.setName(changed.name());
      identity.saveTenant(tenant);
    }
  }

  public void addUnit(String officeCode, OfficeUnit unit) {
    jdbc.update("INSERT INTO office_unit (office_code, estate, building, unit) VALUES (?, ?, ?, ?)", officeCode,
        unit.estate(), unit.building(), unit.unit());
  }

  public boolean removeUnit(String officeCode, OfficeUnit unit) {
    return jdbc.update("DELETE FROM office_unit WHERE office_code = ? AND estate = ? AND building = ? AND unit = ?",
        officeCode, unit.estate(), unit.building(), unit.unit()) == 1;
  }

  /** Adds the offices of the file that are missing (with their units and tenant); those present stay as they are. */
  @Transactional
  public void addMissing() {
    int position = 0;
    for (OfficesFile.Entry entry : file.offices()) {
      Office office = entry.office();
      position++;
      if (find(office.code()).isEmpty()) {
        jdbc.update("INSERT INTO office (code, name, kind, address, phone, calendar, position) VALUES (?,?,?,?,?,?,?)",
            office.code(), office.name(), office.kind(), office.address(), office.phone(), office.calendar(),
            position);
        entry.estates().forEach((estate, buildings) -> buildings.forEach((building, units) -> units.forEach(
            unit -> addUnit(office.code(), new OfficeUnit(estate, building, unit)))));
      }
      if (identity.createTenantQuery().tenantId(office.code()).count() == 0) {
        Tenant tenant = identity.newTenant(office.code());
        tenant.setName(nameOf(office.code()));
        identity.saveTenant(tenant);
      }
      // Administrators start and see cases of every office (the engine spares them its tenant checks, but a case
      // they start needs an office).
      if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 1 && identity.createTenantQuery()
          .tenantId(office.code()).groupMember(Groups.CAMUNDA_ADMIN).count() == 0) {
        identity.createTenantGroupMembership(office.code(), Groups.CAMUNDA_ADMIN);
      }
    }
  }

  /** Makes a person a member of offices ("*" = every office); memberships they have already stay. */
  public void addMember(String userId, List<String> officeCodes) {
    List<String> codes = officeCodes.contains("*") ? all().stream().map(Office::code).toList() : officeCodes;
    for (String code : codes) {
      if (find(code).isEmpty()) {
        throw new IllegalStateException("unknown office " + code + " for " + userId);
      }
      if (identity.createUserQuery().userId(userId).memberOfTenant(code).count() == 0) {
        identity.createTenantUserMembership(code, userId);
      }
    }
  }
}
